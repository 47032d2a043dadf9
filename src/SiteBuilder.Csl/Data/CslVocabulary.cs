namespace SiteBuilder.Csl.Data;

/// <summary>The item types and variables of CSL 1.0.2, by kind, and the older spellings that exports still use.</summary>
public static class CslVocabulary
{
    public static IReadOnlySet<string> ItemTypes { get; } = Set(
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage");

    /// <summary>Variables whose value is text.</summary>
    public static IReadOnlySet<string> StandardVariables { get; } = Set(
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "citation-key", "citation-label", "collection-title", "container-title", "container-title-short",
        "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction",
        "keyword", "language", "license", "medium", "note", "original-publisher", "original-publisher-place",
        "original-title", "part-title", "PMCID", "PMID", "publisher", "publisher-place", "references", "reviewed-genre",
        "reviewed-title", "scale", "source", "status", "title", "title-short", "URL", "volume-title", "volume-title-short",
        "year-suffix", "categories");

    /// <summary>Variables whose value is a number, though often written as text ("2nd", "xii–xx", "1–3").</summary>
    public static IReadOnlySet<string> NumberVariables { get; } = Set(
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
        "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number",
        "printing-number", "section", "supplement-number", "version", "volume");

    public static IReadOnlySet<string> DateVariables { get; } = Set(
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted");

    public static IReadOnlySet<string> NameVariables { get; } = Set(
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator");

    /// <summary>Every variable an item may carry, of any kind.</summary>
    public static IReadOnlyList<string> AllVariables { get; } =
        StandardVariables.Concat(NumberVariables).Concat(DateVariables).Concat(NameVariables).Order(StringComparer.Ordinal).ToList();

    /// <summary>Spellings that exporters write for CSL variables (citeproc-js, older Zotero), read as the variable they mean.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["shortTitle"] = "title-short",
        ["journalAbbreviation"] = "container-title-short",
        ["event-name"] = "event-title",
    };

    /// <summary>The variable <paramref name="key"/> names, through an alias if need be; null when it is not CSL.</summary>
    public static string? Canonical(string key) =>
        Aliases.TryGetValue(key, out var canonical) ? canonical
        : StandardVariables.Contains(key) || NumberVariables.Contains(key) || DateVariables.Contains(key) || NameVariables.Contains(key) ? key
        : null;

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
