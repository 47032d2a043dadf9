using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>
/// Where a citation stands: the citation, the anchor of its paragraph, its section, and the sentence around it.
/// It holds no Markdown node, so a rendered document does not keep its syntax tree alive.
/// </summary>
public sealed record CitationOccurrence(Citation Citation, string ParagraphId, string? Section, string Excerpt);
