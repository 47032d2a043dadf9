namespace SiteBuilder.Markdown;

/// <summary>A heading of a document, for its table of contents and outline.</summary>
public sealed record HeadingInfo(int Level, string Text, string Id);
