namespace SiteBuilder.Templates;

/// <summary>One entry of a References section: its anchor on the page, formatted text and reference page.</summary>
public sealed record BibliographyEntryModel(string Id, string Anchor, HtmlString Html, string Url)
{
    /// <summary>Each place on the page that cites the work, in order: "a", "b", … (Wikipedia's "^ a b").</summary>
    public IReadOnlyList<BacklinkModel> Backlinks { get; init; } = [];

    /// <summary>The reference's annotation and the pages to read (from the reading list), which the citation preview shows.</summary>
    public string? Annotation { get; init; }

    public string? Pages { get; init; }
}

/// <summary>A way back from a reference list entry to one citation of it: the citation's anchor and a short label.</summary>
public sealed record BacklinkModel(string Anchor, string Label, string Description);
