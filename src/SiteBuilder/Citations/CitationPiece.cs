namespace SiteBuilder.Citations;

/// <summary>
/// Part of a formatted in-text citation: text that belongs to a cited key (and links to it), or joining text.
/// <see cref="Rich"/> is the same text with styles (an italic title), when it has any.
/// </summary>
public sealed record CitationPiece(string? Key, string Text)
{
    public FormattedText? Rich { get; init; }
}
