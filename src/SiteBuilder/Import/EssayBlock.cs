namespace SiteBuilder.Import;

/// <summary>A heading or a paragraph of a plain-text essay, with the line it starts on.</summary>
public sealed record EssayBlock(bool IsHeading, string Text, int Line);
