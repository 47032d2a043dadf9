namespace SiteBuilder.Import;

/// <summary>The files an import would write, as paths from the site root with their text.</summary>
public sealed record ImportResult(IReadOnlyList<(string Path, string Text)> Files);
