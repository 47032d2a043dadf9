using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>A throw-away copy of the repository's site inputs (site.yaml, content/, templates/, seeds/).</summary>
public sealed class TempSiteFolder : IDisposable
{
    public TempSiteFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitebuilder-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        File.Copy(RepositoryRoot.Combine("site.yaml"), Combine("site.yaml"));
        foreach (var folder in new[] { "content", "templates", "seeds" })
        {
            CopyFolder(RepositoryRoot.Combine(folder), Combine(folder));
        }
    }

    public string Path { get; }

    public string Output => Combine("_site");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Every file under a folder with its bytes, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
