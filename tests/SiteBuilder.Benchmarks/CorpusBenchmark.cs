using System.Diagnostics;
using SiteBuilder.Build;
using SiteBuilder.Content;

namespace SiteBuilder.Benchmarks;

/// <summary>An in-memory build of a generated corpus (the shared benchmark's layout), phase by phase.</summary>
internal static class CorpusBenchmark
{
    public static void Run(string source, int runs)
    {
        var clock = Stopwatch.StartNew();
        var sources = SiteSourceLoader.Load(source);
        Console.WriteLine($"corpus {source}: read in {clock.Elapsed.TotalMilliseconds:F0} ms");
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            var result = SiteBuild.Run(sources);
            var total = clock.Elapsed.TotalMilliseconds;
            var phases = string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Milliseconds:F0}"));
            Console.WriteLine($"run {i + 1}: {result.Stats.Files} files in {total:F0} ms ({phases}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
        }
    }
}
