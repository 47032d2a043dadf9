using System.Globalization;
using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Maps the items of a CSL-YAML or CSL-JSON file to references: every CSL 1.0.2 variable and item type, names
/// with particles and suffixes, dates in every CSL and EDTF form. What is not CSL is a warning, never an error,
/// and is kept for templates; what cannot be read is reported at its line and column.
/// </summary>
internal sealed class CslItemReader(DiagnosticBag diagnostics)
{
    /// <summary>Our own keys beside the CSL variables: the reading-list block, and the CSL-JSON schema's free-form ones.</summary>
    private static readonly HashSet<string> OwnKeys = new(StringComparer.Ordinal) { "id", "type", "reading", "custom", "system_id" };

    private static readonly string[] NameKeys =
        ["family", "given", "suffix", "dropping-particle", "non-dropping-particle", "literal", "comma-suffix", "static-ordering", "parse-names", "isInstitution"];

    /// <summary>The items of a file: a list, or a mapping holding one under <c>references:</c> (Pandoc) or <c>items:</c>.</summary>
    /// <param name="inPartsFrom">From how many items they are read in parts on all cores.</param>
    public IReadOnlyList<Reference> ReadFile(BibNode root, int inPartsFrom = InPartsFrom)
    {
        var list = root switch
        {
            BibList items => items,
            BibMap map when map["references"] is BibList items => Root(map, "references", items),
            BibMap map when map["items"] is BibList items => Root(map, "items", items),
            BibMap map when map["id"] is not null => new BibList([map], map.Location),
            BibMap map when map.Entries.Count == 0 => new BibList([], map.Location),
            _ => Refuse(root),
        };
        return list.Items.Count < inPartsFrom ? list.Items.Select(ReadItem).OfType<Reference>().ToList() : InParts(list.Items);
    }

    /// <summary>From how many items a file's items are read in parts on all cores (a whole library: 50,000 took half a second on one).</summary>
    private const int InPartsFrom = 2048;

    private const int ItemsPerPart = 256;

    /// <summary>The items read in parts side by side, each part reporting into a bag of its own, merged in order.</summary>
    private List<Reference> InParts(IReadOnlyList<BibNode> items)
    {
        var parts = (items.Count + ItemsPerPart - 1) / ItemsPerPart;
        var read = new List<Reference>[parts];
        var bags = new DiagnosticBag[parts];
        Parallel.For(0, parts, part =>
        {
            bags[part] = new DiagnosticBag();
            var reader = new CslItemReader(bags[part]);
            read[part] = [];
            for (var i = part * ItemsPerPart; i < Math.Min(items.Count, (part + 1) * ItemsPerPart); i++)
            {
                if (reader.ReadItem(items[i]) is { } reference)
                {
                    read[part].Add(reference);
                }
            }
        });
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag);
        }

        return read.SelectMany(r => r).ToList();
    }

    private BibList Root(BibMap map, string key, BibList items)
    {
        foreach (var other in map.Entries.Where(e => e.Key != key))
        {
            diagnostics.Warning(DiagnosticCodes.UnknownKey, other.KeyLocation, $"unknown key '{other.Key}' beside '{key}:'; it is ignored");
        }

        return items;
    }

    private BibList Refuse(BibNode root)
    {
        diagnostics.Error(DiagnosticCodes.InvalidValue, root.Location, "a bibliography is a list of CSL items, or a mapping with 'references:' holding one");
        return new BibList([], root.Location);
    }

    private Reference? ReadItem(BibNode node)
    {
        if (node is not BibMap item)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, node.Location, $"a reference must be a mapping of CSL variables, not {node.Kind}");
            return null;
        }

        var id = Text(item["id"]);
        if (string.IsNullOrWhiteSpace(id))
        {
            diagnostics.Error(DiagnosticCodes.MissingValue, item.Location, "a reference has no 'id'");
            return null;
        }

        var what = $"reference '{id}'";
        var type = Text(item["type"]);
        if (type is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingValue, item.Location, $"{what} has no 'type' (book, article-journal, chapter, webpage, …)");
            type = "document";
        }
        else if (!CslVocabulary.ItemTypes.Contains(type))
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, item["type"]!.Location, $"{what} has the type '{type}', which is not a CSL type{SpellingSuggester.Hint(type, CslVocabulary.ItemTypes)}; it is formatted as a document");
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDate>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var reading = ReadingInfo.None;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, keyAt, value) in item.Entries)
        {
            var variable = CslVocabulary.Canonical(key);
            if (!seen.Add(variable ?? key))
            {
                diagnostics.Warning(DiagnosticCodes.InvalidValue, keyAt, $"{what} gives '{key}' twice; the first is kept");
                continue;
            }

            if (key == "reading")
            {
                reading = Reading(value, what);
            }
            else if (key == "custom" && value is BibMap custom)
            {
                foreach (var entry in custom.Entries)
                {
                    extra["custom." + entry.Key] = Flatten(entry.Value);
                }
            }
            else if (OwnKeys.Contains(key))
            {
                continue;
            }
            else if (variable is null)
            {
                diagnostics.Warning(DiagnosticCodes.UnknownCslVariable, keyAt, $"unknown CSL variable '{key}' in {what}{SpellingSuggester.Hint(key, CslVocabulary.AllVariables)}; it is kept for templates but no style reads it");
                extra[key] = Flatten(value);
            }
            else if (CslVocabulary.NameVariables.Contains(variable))
            {
                names[variable] = Names(value, $"'{key}' of {what}");
            }
            else if (CslVocabulary.DateVariables.Contains(variable))
            {
                if (Date(value, $"'{key}' of {what}") is { } date)
                {
                    dates[variable] = date;
                }
            }
            else if (Text(value, $"'{key}' of {what}") is { } text)
            {
                variables[variable] = text;
            }
        }

        var csl = CslItemCleanup.Apply(CslNoteFields.Apply(new CslItem(id, type) { Variables = variables, Names = names, Dates = dates, Extra = extra }));
        if (csl["title"] is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingValue, item.Location, $"{what} needs 'title'");
        }

        return new Reference(csl, reading, item["id"]!.Location);
    }

    /// <summary>A scalar as text; a list of scalars (keywords, categories) joined with commas; otherwise an error.</summary>
    private string? Text(BibNode value, string what)
    {
        switch (value)
        {
            case BibScalar scalar:
                return scalar.Value.Length == 0 ? null : scalar.Value;
            case BibList list when list.Items.All(i => i is BibScalar):
                return string.Join(", ", list.Items.Cast<BibScalar>().Select(s => s.Value));
            default:
                diagnostics.Error(DiagnosticCodes.InvalidValue, value.Location, $"{what} must be text, not {value.Kind}");
                return null;
        }
    }

    private static string? Text(BibNode? value) => value is BibScalar { Value.Length: > 0 } scalar ? scalar.Value.Trim() : null;

    private static string Flatten(BibNode value) => value switch
    {
        BibScalar scalar => scalar.Value,
        BibList list => string.Join(", ", list.Items.Select(Flatten)),
        BibMap map => string.Join("; ", map.Entries.Select(e => $"{e.Key}: {Flatten(e.Value)}")),
        _ => "",
    };

    private IReadOnlyList<CslName> Names(BibNode value, string what) => value switch
    {
        BibList list => list.Items.Select(n => Name(n, what)).OfType<CslName>().ToList(),
        _ => Name(value, what) is { } one ? [one] : [],
    };

    private CslName? Name(BibNode node, string what)
    {
        if (node is BibScalar scalar)
        {
            if (scalar.Value.Length == 0)
            {
                return null;
            }

            diagnostics.Warning(DiagnosticCodes.InvalidValue, node.Location, $"the name '{scalar.Value}' in {what} is plain text, so it is read as one literal name (an institution); write a person as family: and given:");
            return CslName.Institution(scalar.Value);
        }

        if (node is not BibMap map)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, node.Location, $"a name in {what} must be a mapping (family:, given:, or literal:), not {node.Kind}");
            return null;
        }

        foreach (var entry in map.Entries.Where(e => !NameKeys.Contains(e.Key)))
        {
            diagnostics.Warning(DiagnosticCodes.UnknownKey, entry.KeyLocation, $"unknown name part '{entry.Key}' in {what}{SpellingSuggester.Hint(entry.Key, NameKeys)}; it is ignored");
        }

        var name = new CslName
        {
            Family = Text(map["family"]),
            Given = Text(map["given"]),
            Suffix = Text(map["suffix"]),
            DroppingParticle = Text(map["dropping-particle"]),
            NonDroppingParticle = Text(map["non-dropping-particle"]),
            Literal = Text(map["literal"]),
            CommaSuffix = Flag(map["comma-suffix"]),
            StaticOrdering = Flag(map["static-ordering"]),
        };
        if (name.Literal is null && Flag(map["isInstitution"]) && name.Family is not null)
        {
            name = CslName.Institution(name.Family);
        }

        if (name.Literal is null && name.Family is null)
        {
            if (name.Given is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingValue, map.Location, $"a name in {what} has neither 'family' nor 'literal'");
                return null;
            }

            name = name with { Family = name.Given, Given = null }; // a single name ("Plato") written as given
        }

        return map["parse-names"] is { } parse && !Flag(parse) ? name : CslNameParts.Parse(name);
    }

    private static bool Flag(BibNode? node) =>
        node is BibScalar scalar && (scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase) || scalar.Value == "1");

    private CslDate? Date(BibNode value, string what)
    {
        switch (value)
        {
            case BibScalar scalar:
                return DateText(scalar.Value, scalar.Location, what);
            case BibList { Items: [BibMap, ..] } old when old.Items.All(i => i is BibMap m && m["year"] is not null):
                // pandoc-citeproc's older CSL-YAML: issued: [{year: 2019, month: 11}], a range as two mappings
                var converted = old.Items.Cast<BibMap>().Select(m => (BibNode)new BibList(
                    new[] { m["year"], m["month"], m["day"] }.TakeWhile(n => n is not null).Select(n => n!).ToList(), m.Location)).ToList();
                return DateParts(new BibList(converted, old.Location), what) is { } fromMaps ? new CslDate { Parts = fromMaps.Parts, Season = fromMaps.Season } : null;
            case BibList list:
                // date-parts given directly, as some exports do: issued: [[2019, 11, 6]]
                return DateParts(list, what) is { } parts ? new CslDate { Parts = parts.Parts, Season = parts.Season } : null;
            case BibMap map:
                return DateMap(map, what);
            default:
                return null;
        }
    }

    private CslDate? DateText(string text, SourceLocation at, string what)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (CslDateText.Parse(text, out var problem) is { } date)
        {
            return date;
        }

        diagnostics.Warning(DiagnosticCodes.InvalidValue, at, $"{what}: {problem}; it is shown as written");
        return new CslDate { Literal = text.Trim(), Raw = text };
    }

    private CslDate? DateMap(BibMap map, string what)
    {
        foreach (var entry in map.Entries.Where(e => e.Key is not ("date-parts" or "season" or "circa" or "literal" or "raw" or "iso8601")))
        {
            diagnostics.Warning(DiagnosticCodes.UnknownKey, entry.KeyLocation, $"unknown date part '{entry.Key}' in {what}{SpellingSuggester.Hint(entry.Key, ["date-parts", "season", "circa", "literal", "raw"])}; it is ignored");
        }

        var circa = map["circa"] is BibScalar { Value: var c } && c.Length > 0 && c is not ("false" or "0");
        var literal = Text(map["literal"]);
        CslDate? date = null;
        if (map["date-parts"] is BibList list)
        {
            if (DateParts(list, what) is { } parts)
            {
                date = new CslDate { Parts = parts.Parts, Season = parts.Season };
            }
        }
        else if ((Text(map["raw"]) ?? Text(map["iso8601"])) is { } raw)
        {
            date = DateText(raw, (map["raw"] ?? map["iso8601"])!.Location, what);
        }
        else if (map["date-parts"] is { } wrong)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, wrong.Location, $"{what}: date-parts must be a list of [year, month, day] lists, as in date-parts: [[2019, 11, 6]]");
        }

        if (date is null && literal is null)
        {
            if (map["date-parts"] is null && map["raw"] is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, map.Location, $"{what} needs date-parts, raw or literal, as in date-parts: [[2019, 11, 6]]");
            }

            return null;
        }

        date ??= new CslDate();
        var season = map["season"];
        return date with
        {
            Literal = literal ?? date.Literal,
            Circa = circa || date.Circa,
            Season = season is BibScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4 ? n : date.Season,
            SeasonText = season is BibScalar t && !int.TryParse(t.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? t.Value : null,
        };
    }

    /// <summary>[[2019, 11, 6]] or a range [[2019, 5], [2019, 6]]; months 13–16 and 21–24 are seasons.</summary>
    private (IReadOnlyList<CslDatePart> Parts, int? Season)? DateParts(BibList list, string what)
    {
        var parts = new List<CslDatePart>();
        int? season = null;
        foreach (var node in list.Items.Take(2))
        {
            var numbers = node is BibList inner ? inner.Items : [node];
            var values = new List<int>();
            foreach (var number in numbers.Take(3))
            {
                if (number is BibScalar s && int.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
                {
                    values.Add(v);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, number.Location, $"{what}: '{(number as BibScalar)?.Value}' in date-parts is not a number");
                    return null;
                }
            }

            if (values.Count == 0)
            {
                continue;
            }

            int? month = values.Count > 1 ? values[1] : null;
            if (month is >= 13 and <= 16 or >= 21 and <= 24)
            {
                season = month > 20 ? month - 20 : month - 12;
                month = null;
            }
            else if (month is not null and (< 1 or > 12))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, node.Location, $"{what}: there is no month {month}");
                return null;
            }

            int? day = values.Count > 2 && month is not null ? values[2] : null;
            if (day is not null && (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(values[0], 1, 9999), month!.Value)))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, node.Location, $"{what}: there is no day {day} in month {month}");
                return null;
            }

            parts.Add(new CslDatePart(values[0], month, day));
        }

        if (parts.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, list.Location, $"{what}: date-parts has no year");
            return null;
        }

        return (parts, season);
    }

    private ReadingInfo Reading(BibNode value, string what)
    {
        if (value is not BibMap block)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, value.Location, $"the 'reading' block of {what} must be a mapping (theme:, order:, pages:)");
            return ReadingInfo.None;
        }

        foreach (var entry in block.Entries.Where(e => e.Key is not ("theme" or "order" or "pages")))
        {
            diagnostics.Error(DiagnosticCodes.UnknownKey, entry.KeyLocation, $"unknown key '{entry.Key}' in the 'reading' block of {what}{SpellingSuggester.Hint(entry.Key, ["theme", "order", "pages"])}");
        }

        int? order = null;
        if (block["order"] is BibScalar o)
        {
            if (int.TryParse(o.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                order = n;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, o.Location, $"the reading order of {what} must be a whole number, not '{o.Value}'");
            }
        }

        return new ReadingInfo(Text(block["theme"]), order, Text(block["pages"]));
    }
}
