using System.Diagnostics;

namespace SiteBuilder.Build;

/// <summary>Measures how long each named phase of one build takes, for the benchmark and <c>build --timings</c>; it never affects output.</summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<PhaseTiming> phases = [];
    private long allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan paused = GC.GetTotalPauseDuration();

    public IReadOnlyList<PhaseTiming> Phases => phases;

    /// <summary>Told of each phase as it ends, with what it made.</summary>
    public Action<BuildProgress>? Progress { get; init; }

    /// <summary>Ends the current phase under <paramref name="name"/> and starts the next; <paramref name="made"/> says what it made.</summary>
    public void Lap(string name, string made = "")
    {
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        var now = GC.GetTotalAllocatedBytes();
        var pausedNow = GC.GetTotalPauseDuration();
        phases.Add(new PhaseTiming(name, milliseconds) { AllocatedBytes = now - allocated, PausedMilliseconds = (pausedNow - paused).TotalMilliseconds });
        (allocated, paused) = (now, pausedNow);
        Progress?.Invoke(new BuildProgress(name, made, milliseconds));
        clock.Restart();
    }
}
