using System.Diagnostics;

namespace SiteBuilder.Build;

/// <summary>Measures how long each named phase of one build takes, for the benchmark and <c>build --timings</c>; it never affects output.</summary>
internal sealed class PhaseTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<PhaseTiming> phases = [];

    public IReadOnlyList<PhaseTiming> Phases => phases;

    /// <summary>Ends the current phase under <paramref name="name"/> and starts the next.</summary>
    public void Lap(string name)
    {
        phases.Add(new PhaseTiming(name, clock.Elapsed.TotalMilliseconds));
        clock.Restart();
    }
}
