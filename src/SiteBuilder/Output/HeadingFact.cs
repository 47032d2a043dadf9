namespace SiteBuilder.Output;

/// <summary>A heading of a page's main content: its level and the text a reader sees.</summary>
public sealed record HeadingFact(int Level, string Text)
{
    /// <summary>Where the heading was written in Markdown (its line and column), when it was; null for a template's.</summary>
    public (int Line, int Column)? MarkdownPosition { get; init; }
}
