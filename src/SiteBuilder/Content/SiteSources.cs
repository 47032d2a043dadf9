namespace SiteBuilder.Content;

/// <summary>
/// Everything a build reads, already in memory: site.yaml, content/, templates/ and seeds/.
/// The disk loader fills it for real sites; tests declare it inline.
/// </summary>
public sealed record SiteSources(
    string? ConfigText,
    IReadOnlyList<SourceFile> Content,
    IReadOnlyList<SourceFile> Templates,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<SourceFile> Seeds)
{
    /// <summary>What went wrong while reading the sources from disk (links, permissions, encodings); a build stops on these.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Problems { get; init; } = [];

    /// <summary>CSL styles and locales under styles/ (<c>citation_style:</c> names one; dependent styles find their parent here).</summary>
    public IReadOnlyList<SourceFile> Styles { get; init; } = [];

    public SourceFile? FindContent(string path) => Content.FirstOrDefault(f => f.Path == path);

    public SourceFile? FindSeed(string path) => Seeds.FirstOrDefault(f => f.Path == path);
}
