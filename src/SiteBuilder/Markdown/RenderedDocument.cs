using SiteBuilder.Citations;
using SiteBuilder.Content;

namespace SiteBuilder.Markdown;

/// <summary>An essay or page after the render phase: its body as HTML, its structure, and its formatted citations.</summary>
public sealed record RenderedDocument(
    ContentItem Item,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<CitationOccurrence> Citations,
    int WordCount,
    string BodyHtml,
    IReadOnlyList<BibliographyEntry> Bibliography);
