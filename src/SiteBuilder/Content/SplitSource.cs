namespace SiteBuilder.Content;

/// <summary>
/// A content file split into its YAML front matter and its body. The body keeps the front matter's lines
/// as blank lines (Malformed when the front matter could not be cut out, already reported), so every position the Markdown parser reports is the true line of the file.
/// </summary>
public sealed record SplitSource(string? Yaml, int YamlFirstLine, string Body, bool Malformed = false);
