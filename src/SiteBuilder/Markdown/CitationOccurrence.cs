namespace SiteBuilder.Markdown;

/// <summary>Where a citation stands: its node, the anchor of its paragraph, its section, and the sentence around it.</summary>
public sealed record CitationOccurrence(CitationInline Node, string ParagraphId, string? Section, string Excerpt);
