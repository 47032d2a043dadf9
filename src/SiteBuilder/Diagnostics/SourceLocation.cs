namespace SiteBuilder.Diagnostics;

/// <summary>A 1-based position in a source file, as printed in diagnostics.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that names a file but no position in it.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
}
