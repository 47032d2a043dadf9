namespace SiteBuilder.Benchmarks;

/// <summary>An in-memory build of a generated corpus (the shared benchmark's layout), phase by phase.</summary>
internal static class CorpusBenchmark
{
    /// <param name="phase">With <paramref name="types"/>, the one phase whose allocation is sampled ("template and post-process", say); null for all.</param>
    public static void Run(string source, int runs, bool types = false, string? phase = null)
    {
        using var sampler = new AllocationSampler();
        var phases = new List<string>();
        var clock = Stopwatch.StartNew();
        var sources = SiteSourceLoader.Load(source);
        Console.WriteLine($"corpus {source}: read in {clock.Elapsed.TotalMilliseconds:F0} ms");
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            var sampled = types && i == runs - 1;
            sampler.Recording = sampled && (phase is null || (phases.Count > 0 && phases[0] == phase));
            // a phase is sampled from the lap before it (in the previous run's order) to its own; the runtime's events arrive a little late, so roughly
            var before = phases.IndexOf(phase ?? "") is > 0 and var at ? phases[at - 1] : null;
            var laps = new BuildOptions { Progress = lap => sampler.Recording = sampled && (phase is null || lap.Phase == before) };
            var result = SiteBuild.Run(sources, laps);
            phases = result.Stats.Phases.Select(p => p.Phase).ToList();
            sampler.Recording = false;
            var total = clock.Elapsed.TotalMilliseconds;
            var times = string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Milliseconds:F0}"));
            Console.WriteLine($"run {i + 1}: {result.Stats.Files} files in {total:F0} ms ({times}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
        }

        if (types)
        {
            Thread.Sleep(2000); // the runtime's events arrive late
            sampler.Print(30);
        }
    }

    /// <summary>Preview-style rebuilds with the build cache after editing one essay in memory, phase by phase.</summary>
    public static void RunIncremental(string source, int runs)
    {
        var sources = SiteSourceLoader.Load(source);
        var options = new BuildOptions(IncludeDrafts: true, Preview: true);
        var cache = new BuildCache();
        var clock = Stopwatch.StartNew();
        SiteBuild.Run(sources, options, cache: cache);
        Console.WriteLine($"first build with the cache: {clock.Elapsed.TotalMilliseconds:F0} ms");
        var reloads = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            SiteSourceLoader.Load(source, sources);
            reloads.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"reading the folder again, every file looked at (a watcher that lost track): p50 {RepositoryFolder.Percentile(reloads, 50):F0} ms");
        var told = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            SiteSourceLoader.Load(source, sources, new HashSet<string>(StringComparer.Ordinal) { "content/essays/none.md" });
            told.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"reading the folder again, told what changed (as the preview does on a save): p50 {RepositoryFolder.Percentile(told, 50):F0} ms");
        var essay = sources.Content.First(f => f.Path.StartsWith("content/essays/", StringComparison.Ordinal));
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var edited = new SourceFile(essay.Path, essay.Text.Replace("\n\n", $"\n\nEdit {i}. ", StringComparison.Ordinal));
            var next = sources with { Content = sources.Content.Select(f => f.Path == essay.Path ? edited : f).ToList() };
            clock.Restart();
            var result = SiteBuild.Run(next, options, cache: cache);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"rebuild {i + 1}: {times[^1]:F0} ms, {result.Stats.PagesMade} of {result.Stats.Pages} pages made ({string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Milliseconds:F0}"))})");
        }

        Console.WriteLine($"incremental rebuild p50 {RepositoryFolder.Percentile(times, 50):F0} ms, p95 {RepositoryFolder.Percentile(times, 95):F0} ms over {runs}");
    }
}
