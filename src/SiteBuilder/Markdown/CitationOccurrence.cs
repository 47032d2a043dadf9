using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>
/// Where a citation stands: the citation, the anchor of its paragraph, its section, and the sentence around it.
/// It holds no Markdown node, so a rendered document does not keep its syntax tree alive.
/// </summary>
public sealed record CitationOccurrence(Citation Citation, string ParagraphId, string? Section, string Excerpt)
{
    /// <summary>The citation's own anchor on its page ("cite-3"): where "Read in context" and the References' back-links land.</summary>
    public string Anchor { get; init; } = "";
}
