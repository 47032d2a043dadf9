using System.Globalization;
using System.Text;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// Sorts items by a section's keys: names in sort order (all of them), dates as numbers, numbers by value,
/// text without case, accents or leading punctuation, macros as rendered. Empty keys sort last either way.
/// Ties keep the input order, so sorting is stable and deterministic.
/// </summary>
internal static class Sorter
{
    public static List<CslItem> Sort(IReadOnlyList<CslItem> items, Section section, CslProcessor processor)
    {
        if (section.Sort.Count == 0)
        {
            return items.ToList();
        }

        if (items.Count < 2)
        {
            return [.. items]; // one item needs no keys
        }

        // keys that depend on the item alone are computed once for every document of the style
        var shared = processor.Shared is { } cache && cache.Applies(processor.Style, section) ? cache : null;
        var keys = new List<string>[items.Count];

        // a whole library listed at once (thousands of items) has its keys worked out on all cores: each is the item's
        // alone, rendered from the style and the document's state, which nothing changes while the keys are made
        if (items.Count >= ManyItems)
        {
            Parallel.For(0, items.Count, index => keys[index] = KeysOf(items[index], section, processor, shared));
        }
        else
        {
            for (var index = 0; index < items.Count; index++)
            {
                keys[index] = KeysOf(items[index], section, processor, shared);
            }
        }

        var keyed = new (CslItem Item, int Index, List<string> Keys, string? Suffix)[items.Count];
        for (var index = 0; index < items.Count; index++)
        {
            // the year suffix that breaks ties, looked up once an item rather than at every comparison
            keyed[index] = (items[index], index, keys[index], processor.States.GetValueOrDefault(items[index].Id)?.YearSuffix);
        }

        Array.Sort(keyed, (a, b) =>
        {
            for (var i = 0; i < section.Sort.Count; i++)
            {
                var (x, y) = (a.Keys[i], b.Keys[i]);
                if (x.Length == 0 || y.Length == 0)
                {
                    if (x.Length != y.Length)
                    {
                        return x.Length == 0 ? 1 : -1;
                    }

                    continue;
                }

                var compared = string.CompareOrdinal(x, y);
                if (compared != 0)
                {
                    return section.Sort[i].Descending ? -compared : compared;
                }
            }

            // ties: works of one author and year in the order of their suffixes, then as given
            var suffixes = a.Suffix is null || b.Suffix is null ? 0 : string.CompareOrdinal(a.Suffix, b.Suffix);
            return suffixes != 0 ? suffixes : a.Index.CompareTo(b.Index);
        });
        var sorted = new List<CslItem>(keyed.Length);
        foreach (var (item, _, _, _) in keyed)
        {
            sorted.Add(item);
        }

        return sorted;
    }

    /// <summary>The item's keys under the section: from the shared cache where they depend on the item alone.</summary>
    private static List<string> KeysOf(CslItem item, Section section, CslProcessor processor, StyleCache? shared)
    {
        if (shared is not null && processor.SharesSortKeys(section, item))
        {
            return shared.Get(section, item, processor, static (section, item, processor) => section.Sort.Select(k => Key(k, item, section, processor, stateless: true)).ToList());
        }

        var keys = new List<string>(section.Sort.Count);
        foreach (var key in section.Sort)
        {
            keys.Add(Key(key, item, section, processor));
        }

        return keys;
    }

    /// <summary>From this many items a list's sort keys are worked out on all cores.</summary>
    private const int ManyItems = 2048;

    private static string Key(Styles.SortKey key, CslItem item, Section section, CslProcessor processor, bool stateless = false)
    {
        var state = stateless ? Disambiguation.None : null;
        var context = processor.Context(section, item, null, state, forSort: true);
        if (key.Macro is { } macro && processor.Style.Macros.TryGetValue(macro, out var body))
        {
            var withOverrides = key.NameOverrides.Count == 0 ? section : section with { Options = section.Options.Concat(key.NameOverrides).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value) };
            var sortContext = processor.Context(withOverrides, item, null, state, forSort: true);
            var output = new Renderer(sortContext).Layout(body with { Decoration = Decoration.None });
            // a key that starts with a number sorts by its value ("2" before "10", "1965a" before "1970")
            var plain = output.Plain().Trim();
            var digits = plain.TakeWhile(char.IsAsciiDigit).Count();
            return digits is > 0 and < 10 ? plain[..digits].PadLeft(10, '0') + Fold(plain[digits..]) : Fold(plain);
        }

        var variable = key.Variable ?? "";
        if (item.DateOf(variable) is { } date)
        {
            return DateKey(date);
        }

        if (item.NamesOf(variable) is { Count: > 0 } names)
        {
            // particles count in the sort only where the style does not demote them
            var never = processor.Style.Options.GetValueOrDefault("demote-non-dropping-particle") == "never";
            // letter by letter within a name part where the style asks ("De Vries" after "Devlin"), a space between parts ("Brown" before "Browning")
            var letterByLetter = section.Options.ContainsKey(StyleParser.LetterByLetter);
            string Part(string? part) => letterByLetter ? Fold(part ?? "").Replace(" ", "", StringComparison.Ordinal) : Fold(part ?? "");
            // names written with markup ("<b>Doe</b>") sort by their text
            return string.Join(" ", names.Select(n => n.WithoutMarkup()).Select(n => n.IsLiteral ? Fold(n.Literal!)
                : string.Join(" ", (never ? [n.NonDroppingParticle + n.Family, n.DroppingParticle, n.Given] : new[] { n.Family, n.DroppingParticle + n.NonDroppingParticle, n.Given })
                    .Select(Part).Where(p => p.Length > 0))));
        }

        var value = new Renderer(context).Variable(variable);
        if (value is null)
        {
            return "";
        }

        return variable is "citation-number" or "volume" or "issue" or "page" or "number" or "edition" or "chapter-number" or "number-of-pages" or "number-of-volumes"
               && int.TryParse(new string(value.TakeWhile(char.IsAsciiDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("D10", CultureInfo.InvariantCulture)
            : Fold(value);
    }

    /// <summary>A date as a sortable number: year (offset so BC sorts first), month, day; ranges by their start.</summary>
    private static string DateKey(CslDate date)
    {
        if (date.Parts.Count == 0)
        {
            return date.Literal is null ? "" : Fold(date.Literal);
        }

        string Key(CslDatePart p) =>
            (p.Year + 100000).ToString("D6", CultureInfo.InvariantCulture) + (p.Month ?? date.Season ?? 0).ToString("D2", CultureInfo.InvariantCulture) + (p.Day ?? 0).ToString("D2", CultureInfo.InvariantCulture);

        // a range sorts by its start, then by its end
        return Key(date.Parts[0]) + (date.Parts.Count > 1 ? Key(date.Parts[1]) : "");
    }

    /// <summary>Letters that do not decompose into a base letter and an accent, as the letters they sort with.</summary>
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['Ø'] = "o", ['ø'] = "o", ['Ł'] = "l", ['ł'] = "l", ['Æ'] = "ae", ['æ'] = "ae", ['Œ'] = "oe", ['œ'] = "oe",
        ['ß'] = "ss", ['ẞ'] = "ss", ['Đ'] = "d", ['đ'] = "d", ['Ð'] = "d", ['ð'] = "d", ['Þ'] = "th", ['þ'] = "th",
        ['ı'] = "i", ['Ħ'] = "h", ['ħ'] = "h", ['Ŧ'] = "t", ['ŧ'] = "t", ['ĸ'] = "k", ['Ŋ'] = "ng", ['ŋ'] = "ng",
    };

    /// <summary>Text as a sort key: no accents, no case, no leading punctuation or markup; the same on every machine.</summary>
    internal static string Fold(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Letters.TryGetValue(c, out var letters))
            {
                key.Append(letters);
            }
            else if (char.IsLetterOrDigit(c) || (c == ' ' && key.Length > 0))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && c is ',' or '.' or '-' or '\'')
            {
                key.Append(c == ',' ? ' ' : c);
            }
        }

        return key.ToString().Trim();
    }
}
