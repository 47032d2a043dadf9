namespace SiteBuilder.Citations;

/// <summary>A piece of formatted text: plain, italic, or a link.</summary>
public sealed record TextRun(string Text, bool Italic = false, string? Href = null);
