using SiteBuilder.Build;

namespace SiteBuilder.Cli;

/// <summary>
/// Gives memory back on a large site after the two phases that leave most of the heap garbage: the render phase
/// (every source and every essay's body let go by then) and the phase that makes the other pages (their models
/// and text gone, their facts kept for the checks). Otherwise the collector keeps the room it took while the
/// exports and the checks grow the heap again. At 10,000 essays the compaction after the render phase took the
/// peak from about 470 to 430 MiB. The one after the pages phase made the 50,000-entry library's 1.31 GiB
/// 1.13 GiB, but at 10,000 essays it no longer lowers the peak (371-396 MiB without it, 401-432 with it, side by
/// side, since the render phase takes documents in batches) and costs about 0.1 s, so it is kept for heaps of a
/// gigabyte and more. A small site is left alone: a collection of its little heap buys nothing. The preview
/// never does this (an incremental rebuild would pay the collections on every save); only the command that
/// builds once.
/// </summary>
internal static class HeapTrimmer
{
    /// <summary>The working set from which a collection after the render phase pays for itself.</summary>
    private const long From = 256L << 20;

    /// <summary>The working set from which one after the pages phase does too.</summary>
    private const long FromAfterPages = 1L << 30;

    /// <summary>The progress callback, followed after the render phase and the pages phase by a compacting collection when the process has grown large.</summary>
    /// <param name="compacted">Told, after each collection, the phase and what the heap still holds (for <c>--timings</c>).</param>
    public static Action<BuildProgress> AfterLargePhases(Action<BuildProgress> report, Action<string, long>? compacted = null) => progress =>
    {
        report(progress);
        if ((progress.Phase == SiteBuild.RenderPhase && Environment.WorkingSet >= From) || (progress.Phase == SiteBuild.PagesPhase && Environment.WorkingSet >= FromAfterPages))
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            compacted?.Invoke(progress.Phase, GC.GetTotalMemory(forceFullCollection: false));
        }
    };
}
