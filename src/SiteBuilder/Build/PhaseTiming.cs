namespace SiteBuilder.Build;

/// <summary>One phase of a build and the milliseconds it took.</summary>
public sealed record PhaseTiming(string Phase, double Milliseconds)
{
    /// <summary>What the process allocated while the phase ran (on every thread: the phases run one after another).</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>How long garbage collection paused the process while the phase ran.</summary>
    public double PausedMilliseconds { get; init; }

    /// <summary>The collections of each generation (0, 1, 2) that ran while the phase ran: a full one counts once, as generation 2.</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }
}
