namespace SiteBuilder.Content;

/// <summary>A text file of the site's input, named by its path from the site root with '/' separators.</summary>
public sealed record SourceFile(string Path, string Text);
