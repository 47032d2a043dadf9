using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>This repository's own site, loaded from disk and built once for the tests that read it.</summary>
public static class RealSite
{
    private static readonly Lazy<BuildResult> Built = new(() => SiteBuild.Run(SiteSourceLoader.Load(RepositoryRoot.Path)));

    public static BuildResult Result => Built.Value;

    public const string EssayPath = "essays/when-kindness-turns-to-heartbreak/index.html";

    public const string SeedPath = "seeds/000_b197feb57226d70a.txt";

    public static string Page(string path) => Result.Find(path)?.Text ?? throw new InvalidOperationException(path + " was not built");
}
