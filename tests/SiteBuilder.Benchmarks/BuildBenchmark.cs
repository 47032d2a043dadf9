namespace SiteBuilder.Benchmarks;

/// <summary>Time of a whole in-memory build of the real site, cold (first in the process) and warm.</summary>
internal static class BuildBenchmark
{
    public static void Run(string root)
    {
        var clock = Stopwatch.StartNew();
        var sources = SiteSourceLoader.Load(root);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var first = SiteBuild.Run(sources);
        var coldMs = clock.Elapsed.TotalMilliseconds;

        var warm = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            clock.Restart();
            SiteBuild.Run(sources, new BuildOptions(IncludeDrafts: true, Preview: true));
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"build: {first.Stats.Files} files; reading sources {loadMs:F1} ms; first build {coldMs:F0} ms; " +
            $"warm build p50 {RepositoryFolder.Percentile(warm, 50):F1} ms, p95 {RepositoryFolder.Percentile(warm, 95):F1} ms (30 runs)");
    }
}
