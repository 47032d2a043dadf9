namespace SiteBuilder.Citations;

/// <summary>Part of a formatted in-text citation: text that belongs to a cited key (and links to it), or joining text.</summary>
public sealed record CitationPiece(string? Key, string Text);
