using Markdig.Syntax;

namespace SiteBuilder.Markdown;

/// <summary>
/// A Markdown body after parsing: the Markdig tree (kept only until it is rendered), its headings, its citations
/// in document order, and its length in words.
/// </summary>
public sealed record ParsedDocument(
    MarkdownDocument Tree,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<CitationOccurrence> Citations,
    int WordCount)
{
    /// <summary>The citation nodes of the tree, in the order of <see cref="Citations"/>, for rendering them.</summary>
    public IReadOnlyList<CitationInline> CitationNodes { get; init; } = [];

    /// <summary>The plain text of the first paragraph: what a reader meets first.</summary>
    public string Opening { get; init; } = "";
}
