using SiteBuilder.Build;

namespace SiteBuilder.Cli;

/// <summary>
/// Gives memory back on a very large site after the two phases that leave most of the heap garbage: the render
/// phase (every source and body let go by then) and the phase that makes the other pages (their models and text
/// gone, their facts kept for the checks). Otherwise the collector keeps the room it took while the next phases grow
/// the heap again. Only a large process pays for it:
/// <list type="bullet">
/// <item>after the render phase from 512 MiB: the 50,000-entry library peaked at 1,154-1,194 MiB with it and
/// 1,175-1,320 without (3 % slower with it). At 10,000 essays, where the working set is about 400 MiB, the same
/// compaction from 256 MiB no longer lowered the peak since the render phase takes batches, and cost 4-6 %;</item>
/// <item>after the pages phase from 1 GiB: it made the 50,000-entry library's 1.31 GiB 1.13 GiB, and at 10,000
/// essays bought nothing;</item>
/// <item>after the render phase from 256 MiB (below 512 MiB), a full collection that only sweeps, without
/// compacting: the sources and bodies that died in the old generation are let go before the pages phase grows the
/// heap again. Until the outsized pages' buffers left the heap, their large objects brought on two compacting full
/// collections in the pages phase, which did the same at a higher price; without them and without this sweep, a
/// build of 10,000 essays was 5 % faster but peaked at 478 MiB instead of 408 (medians of 7 interleaved builds).
/// With the sweep, against the code before, 7 pairs in each of two runs: 3.08 s against 3.10 and 2.91 against 2.90,
/// peaks of 379 MiB against 413 and 376 against 380.</item>
/// </list>
/// The preview never does this (an incremental rebuild would pay the collections on every save); only the command
/// that builds once.
/// </summary>
internal static class HeapTrimmer
{
    /// <summary>The working set from which a collection after the render phase pays for itself.</summary>
    private const long FromAfterRender = 512L << 20;

    /// <summary>The working set from which one after the pages phase does too.</summary>
    private const long FromAfterPages = 1L << 30;

    /// <summary>The working set from which a collection that only sweeps follows the render phase, below <see cref="FromAfterRender"/>.</summary>
    private const long SweptFrom = 256L << 20;

    /// <summary>The progress callback, followed after the render phase and the pages phase by a full collection when the process has grown large (see the class).</summary>
    /// <param name="compacted">Told, after each collection, the phase and what the heap still holds (for <c>--timings</c>).</param>
    public static Action<BuildProgress> AfterLargePhases(Action<BuildProgress> report, Action<string, long>? compacted = null) => progress =>
    {
        report(progress);
        if ((progress.Phase == SiteBuild.RenderPhase && Environment.WorkingSet >= FromAfterRender) || (progress.Phase == SiteBuild.PagesPhase && Environment.WorkingSet >= FromAfterPages))
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            compacted?.Invoke(progress.Phase, GC.GetTotalMemory(forceFullCollection: false));
        }
        else if (progress.Phase == SiteBuild.RenderPhase && Environment.WorkingSet >= SweptFrom)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    };
}
