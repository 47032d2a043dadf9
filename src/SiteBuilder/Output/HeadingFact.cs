namespace SiteBuilder.Output;

/// <summary>A heading of a page's main content: its level and the text a reader sees.</summary>
public sealed record HeadingFact(int Level, string Text);
