using SiteBuilder.Build;

namespace SiteBuilder.Cli;

/// <summary>
/// Gives memory back once the render phase is over, on a large site: by then every source and every essay's body
/// has been let go, so most of the heap is garbage, and the collector would otherwise keep the room it took for
/// them while the other pages grow the heap again (at 10,000 essays the peak fell from about 470 to 430 MiB).
/// A small site is left alone: one collection of its little heap buys nothing. The preview never does this (an
/// incremental rebuild would pay the collection on every save); only the command that builds once.
/// </summary>
internal static class HeapTrimmer
{
    /// <summary>The working set from which the collection pays for itself.</summary>
    private const long From = 256L << 20;

    /// <summary>The progress callback, followed after the render phase by a compacting collection when the process has grown large.</summary>
    /// <param name="compacted">Told what the heap still holds after the collection (for <c>--timings</c>).</param>
    public static Action<BuildProgress> AfterRender(Action<BuildProgress> report, Action<long>? compacted = null) => progress =>
    {
        report(progress);
        if (progress.Phase == SiteBuild.RenderPhase && Environment.WorkingSet >= From)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            compacted?.Invoke(GC.GetTotalMemory(forceFullCollection: false));
        }
    };
}
