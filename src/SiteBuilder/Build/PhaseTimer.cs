using System.Diagnostics;

namespace SiteBuilder.Build;

/// <summary>Measures how long each named phase of one build takes, for the benchmark and <c>build --timings</c>; it never affects output.</summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<PhaseTiming> phases = [];
    private long allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan paused = GC.GetTotalPauseDuration();
    private (int Gen0, int Gen1, int Gen2) collections = Collections();

    public IReadOnlyList<PhaseTiming> Phases => phases;

    /// <summary>Told of each phase as it ends, with what it made.</summary>
    public Action<BuildProgress>? Progress { get; init; }

    /// <summary>Ends the current phase under <paramref name="name"/> and starts the next; <paramref name="made"/> says what it made.</summary>
    public void Lap(string name, string made = "")
    {
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        var now = GC.GetTotalAllocatedBytes();
        var pausedNow = GC.GetTotalPauseDuration();
        var collectionsNow = Collections();
        phases.Add(new PhaseTiming(name, milliseconds)
        {
            AllocatedBytes = now - allocated,
            PausedMilliseconds = (pausedNow - paused).TotalMilliseconds,
            Collections = (collectionsNow.Gen0 - collections.Gen0, collectionsNow.Gen1 - collections.Gen1, collectionsNow.Gen2 - collections.Gen2),
        });
        (allocated, paused, collections) = (now, pausedNow, collectionsNow);
        Progress?.Invoke(new BuildProgress(name, made, milliseconds));
        clock.Restart();
    }

    /// <summary>
    /// The collections so far of each generation alone: the runtime counts a collection of generation 2 under
    /// generations 1 and 0 as well.
    /// </summary>
    private static (int Gen0, int Gen1, int Gen2) Collections()
    {
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        return (gen0 - gen1, gen1 - gen2, gen2);
    }
}
