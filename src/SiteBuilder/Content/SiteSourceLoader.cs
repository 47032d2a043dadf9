using System.Text;

namespace SiteBuilder.Content;

/// <summary>Reads a site folder from disk into <see cref="SiteSources"/>; the only place the build touches input files.</summary>
public static class SiteSourceLoader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SiteSources Load(string root)
    {
        var configPath = Path.Combine(root, Configuration.SiteConfig.FileName);
        return new SiteSources(
            File.Exists(configPath) ? ReadText(configPath) : null,
            ReadTextFiles(root, "content", "*.md", "*.yaml", "*.yml"),
            ReadTextFiles(root, "templates", "*.html", "*.xml", "*.txt"),
            ReadAssets(root),
            ReadTextFiles(root, "seeds", "*.txt"));
    }

    private static List<SourceFile> ReadTextFiles(string root, string folder, params string[] patterns) =>
        Files(root, folder, patterns)
            .Where(p => !p.Replace('\\', '/').Contains("/assets/", StringComparison.Ordinal))
            .Select(p => new SourceFile(Relative(root, p), ReadText(p)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    private static List<AssetFile> ReadAssets(string root)
    {
        var assets = Path.Combine(root, "templates", "assets");
        return Files(root, Path.Combine("templates", "assets"), "*")
            .Select(p => new AssetFile(Relative(assets, p), File.ReadAllBytes(p)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Files(string root, string folder, params string[] patterns)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? patterns.SelectMany(p => Directory.EnumerateFiles(directory, p, SearchOption.AllDirectories))
                .Where(p => !Path.GetFileName(p).StartsWith('.'))
                .Distinct()
            : [];
    }

    /// <summary>Text with a BOM dropped and line endings made '\n', so positions and output do not depend on the editor.</summary>
    private static string ReadText(string path) => File.ReadAllText(path, Utf8).TrimStart('\uFEFF').ReplaceLineEndings("\n");

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
