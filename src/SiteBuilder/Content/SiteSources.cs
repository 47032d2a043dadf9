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
    public SourceFile? FindContent(string path) => Content.FirstOrDefault(f => f.Path == path);

    public SourceFile? FindSeed(string path) => Seeds.FirstOrDefault(f => f.Path == path);
}
