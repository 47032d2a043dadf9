using System.Globalization;
using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Maps BibTeX and BibLaTeX entries to CSL items, as Pandoc and citeproc do: entry types to item types, fields to
/// variables (TeX turned into Unicode), names to CSL names, year/month/date to <c>issued</c>. Fields with no CSL
/// counterpart (file, timestamp, owner) are kept for templates without a warning, since every tool adds its own.
/// </summary>
internal static class BibTeXReader
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["book"] = "book", ["mvbook"] = "book", ["booklet"] = "pamphlet",
        ["inbook"] = "chapter", ["bookinbook"] = "chapter", ["incollection"] = "chapter", ["suppbook"] = "chapter",
        ["collection"] = "book", ["mvcollection"] = "book", ["proceedings"] = "book", ["mvproceedings"] = "book",
        ["inproceedings"] = "paper-conference", ["conference"] = "paper-conference", ["manual"] = "report",
        ["mastersthesis"] = "thesis", ["phdthesis"] = "thesis", ["thesis"] = "thesis", ["misc"] = "document",
        ["online"] = "webpage", ["electronic"] = "webpage", ["www"] = "webpage", ["techreport"] = "report",
        ["report"] = "report", ["unpublished"] = "manuscript", ["dataset"] = "dataset", ["software"] = "software",
        ["periodical"] = "periodical", ["patent"] = "patent", ["standard"] = "standard", ["movie"] = "motion_picture",
        ["video"] = "motion_picture", ["audio"] = "song", ["music"] = "song", ["artwork"] = "graphic", ["image"] = "graphic",
        ["legislation"] = "legislation", ["jurisdiction"] = "legal_case", ["letter"] = "personal_communication",
        ["reference"] = "book", ["mvreference"] = "book", ["inreference"] = "entry-encyclopedia", ["review"] = "review",
        ["suppperiodical"] = "article-magazine", ["performance"] = "performance", ["map"] = "map",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["title"] = "title", ["shorttitle"] = "title-short", ["journal"] = "container-title", ["journaltitle"] = "container-title",
        ["booktitle"] = "container-title", ["shortjournal"] = "container-title-short", ["volume"] = "volume",
        ["pages"] = "page", ["pagetotal"] = "number-of-pages", ["edition"] = "edition", ["publisher"] = "publisher",
        ["address"] = "publisher-place", ["location"] = "publisher-place", ["series"] = "collection-title",
        ["doi"] = "DOI", ["url"] = "URL", ["isbn"] = "ISBN", ["issn"] = "ISSN", ["note"] = "note", ["abstract"] = "abstract",
        ["keywords"] = "keyword", ["annote"] = "annote", ["annotation"] = "annote", ["chapter"] = "chapter-number",
        ["language"] = "language", ["langid"] = "language", ["version"] = "version", ["eventtitle"] = "event-title",
        ["venue"] = "event-place", ["volumes"] = "number-of-volumes", ["pmid"] = "PMID", ["pmcid"] = "PMCID",
        ["howpublished"] = "medium", ["origtitle"] = "original-title", ["maintitle"] = "volume-title",
    };

    private static readonly Dictionary<string, string> NameFields = new(StringComparer.Ordinal)
    {
        ["author"] = "author", ["editor"] = "editor", ["translator"] = "translator", ["bookauthor"] = "container-author",
        ["director"] = "director", ["holder"] = "author",
    };

    public static IReadOnlyList<Reference> Read(string path, string text, DiagnosticBag diagnostics) =>
        BibTeXParser.Parse(path, text, diagnostics).Select(e => Map(e, diagnostics)).ToList();

    private static Reference Map(BibTeXEntry entry, DiagnosticBag diagnostics)
    {
        if (!Types.TryGetValue(entry.Type, out var type))
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, entry.Location, $"@{entry.Type} '{entry.Key}' is not a BibTeX or BibLaTeX entry type{SpellingSuggester.Hint(entry.Type, Types.Keys)}; it is read as a document");
            type = "document";
        }

        var fields = entry.Fields.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDate>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in entry.Fields.DistinctBy(f => f.Name))
        {
            if (Fields.TryGetValue(field.Name, out var variable))
            {
                variables.TryAdd(variable, TexText.ToUnicode(field.Value));
            }
            else if (NameFields.TryGetValue(field.Name, out var nameVariable))
            {
                var (list, others) = BibTeXNames.Parse(field.Value);
                names[nameVariable] = list;
                if (others)
                {
                    extra[field.Name + "-and-others"] = "true";
                }
            }
            else if (field.Name is not ("year" or "month" or "date" or "urldate" or "number" or "issue" or "type" or "institution" or "school" or "organization" or "subtitle" or "eprint" or "eprinttype" or "archiveprefix"))
            {
                extra[field.Name] = TexText.ToUnicode(field.Value);
            }
        }

        if (fields.TryGetValue("subtitle", out var subtitle) && variables.TryGetValue("title", out var title))
        {
            variables["title"] = title + ": " + TexText.ToUnicode(subtitle.Value);
        }

        // number is the issue of an article, else the report's or standard's number; issue is BibLaTeX's issue
        var number = fields.GetValueOrDefault("number");
        if (number is not null)
        {
            variables[type.StartsWith("article", StringComparison.Ordinal) ? "issue" : "number"] = TexText.ToUnicode(number.Value);
        }

        if (fields.TryGetValue("issue", out var issue))
        {
            variables.TryAdd("issue", TexText.ToUnicode(issue.Value));
        }

        // the body responsible: the publisher of a report, thesis or manual
        if ((fields.GetValueOrDefault("institution") ?? fields.GetValueOrDefault("school") ?? fields.GetValueOrDefault("organization")) is { } body)
        {
            variables.TryAdd("publisher", TexText.ToUnicode(body.Value));
        }

        var genre = fields.TryGetValue("type", out var typeField) ? TexText.ToUnicode(typeField.Value)
            : entry.Type == "phdthesis" ? "Doctoral dissertation"
            : entry.Type == "mastersthesis" ? "Master's thesis"
            : null;
        if (genre is not null)
        {
            variables["genre"] = genre;
        }

        if (fields.TryGetValue("eprint", out var eprint) && (fields.GetValueOrDefault("eprinttype") ?? fields.GetValueOrDefault("archiveprefix"))?.Value.Equals("arxiv", StringComparison.OrdinalIgnoreCase) == true)
        {
            variables.TryAdd("URL", "https://arxiv.org/abs/" + eprint.Value.Trim());
        }

        if (Issued(fields, entry, diagnostics) is { } issued)
        {
            dates["issued"] = issued;
        }

        if (fields.TryGetValue("urldate", out var urldate) && CslDateText.Parse(urldate.Value, out _) is { } accessed)
        {
            dates["accessed"] = accessed;
        }

        var item = CslItemCleanup.Apply(new CslItem(entry.Key, type) { Variables = variables, Names = names, Dates = dates, Extra = extra });
        return new Reference(item, ReadingInfo.None, entry.Location);
    }

    /// <summary>BibLaTeX's date (ISO 8601, ranges), or year with an optional month (a macro, a name or a number).</summary>
    private static CslDate? Issued(Dictionary<string, BibTeXField> fields, BibTeXEntry entry, DiagnosticBag diagnostics)
    {
        if (fields.TryGetValue("date", out var date))
        {
            if (CslDateText.Parse(date.Value, out var problem) is { } parsed)
            {
                return parsed;
            }

            diagnostics.Warning(DiagnosticCodes.InvalidValue, date.Location, $"the date of '{entry.Key}': {problem}; it is shown as written");
            return new CslDate { Literal = TexText.ToUnicode(date.Value) };
        }

        if (!fields.TryGetValue("year", out var year))
        {
            return null;
        }

        var text = TexText.ToUnicode(year.Value);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y))
        {
            if (CslDateText.Parse(text, out _) is { } loose)
            {
                return loose;
            }

            diagnostics.Warning(DiagnosticCodes.InvalidValue, year.Location, $"the year of '{entry.Key}' is '{text}', which is not a year; it is shown as written");
            return new CslDate { Literal = text };
        }

        int? month = null;
        if (fields.TryGetValue("month", out var monthField))
        {
            month = TexText.Month(TexText.ToUnicode(monthField.Value));
            if (month is null)
            {
                diagnostics.Warning(DiagnosticCodes.InvalidValue, monthField.Location, $"the month of '{entry.Key}' is '{monthField.Value}', which is not a month; it is left out");
            }
        }

        return CslDate.Of(y, month);
    }
}
