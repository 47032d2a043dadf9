namespace SiteBuilder.Content;

/// <summary>
/// A content file's YAML front matter, cut out of it (Malformed when it could not be, already reported). The body
/// is not made here: the loader reads only the front matter of every file, and the render phase asks for the body
/// (<see cref="ContentItem.Body"/>) once, when it renders the file.
/// </summary>
public sealed record SplitSource(string? Yaml, int YamlFirstLine, bool Malformed = false);
