using SiteBuilder.Build;

namespace SiteBuilder.Cli;

/// <summary>
/// Gives memory back on a very large site after the phase that makes the other pages, which leaves most of the heap
/// garbage (every page's model and text gone, their facts kept for the checks): otherwise the collector keeps the
/// room it took while the exports and the checks grow the heap again. It made the 50,000-entry library's 1.31 GiB
/// 1.13 GiB. Below a gigabyte it buys nothing: at 10,000 essays, where the render phase takes documents in batches,
/// it no longer lowered the peak and cost about 0.1 s. A compaction after the render phase, from 256 MiB, was
/// dropped for the same reason: side by side at 10,000 essays the build was 4-6 % faster without it, with peaks of
/// 396-442 MiB against 382-434, and the 50,000-entry library's peak was the same either way (README, Performance).
/// The preview never does this (an incremental rebuild would pay the collection on every save); only the command that
/// builds once.
/// </summary>
internal static class HeapTrimmer
{
    /// <summary>The working set from which a collection after the pages phase pays for itself.</summary>
    private const long From = 1L << 30;

    /// <summary>The progress callback, followed after the pages phase by a compacting collection when the process has grown large.</summary>
    /// <param name="compacted">Told, after the collection, the phase and what the heap still holds (for <c>--timings</c>).</param>
    public static Action<BuildProgress> AfterLargePhases(Action<BuildProgress> report, Action<string, long>? compacted = null) => progress =>
    {
        report(progress);
        if (progress.Phase == SiteBuild.PagesPhase && Environment.WorkingSet >= From)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            compacted?.Invoke(progress.Phase, GC.GetTotalMemory(forceFullCollection: false));
        }
    };
}
