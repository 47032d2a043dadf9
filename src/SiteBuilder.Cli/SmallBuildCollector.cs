using SiteBuilder.Content;

namespace SiteBuilder.Cli;

/// <summary>
/// Lets the build of a small site run without the collector. Such a build makes a few MiB of garbage, and the
/// collector's first collections cost more than the build saves by them: the benchmark's one-essay site with its
/// 500-entry library (9 MiB allocated) spent 9–10 ms of its 33–41 ms paused in two collections. A site whose sources
/// are under <see cref="SmallSources"/> (a build allocates about 25 to 50 times its sources: 4 MiB for this
/// repository's 94 KB, 294 MiB for the benchmark's 1,000 essays in 11 MB) runs in a region of <see cref="Budget"/>
/// without collections; one that outgrows it after all has a collection then and goes on as usual. Only the command
/// that builds once does this, never the preview, which runs for hours.
/// </summary>
internal static class SmallBuildCollector
{
    /// <summary>The sources' size, in bytes, up to which a build runs without collections.</summary>
    private const long SmallSources = 1L << 20;

    /// <summary>How much the build may allocate without a collection.</summary>
    private const long Budget = 64L << 20;

    /// <summary>Whether a build of these sources is small enough to run without collections.</summary>
    public static bool IsSmall(SiteSources sources) =>
        sources.Content.Sum(f => (long)f.Size) + sources.Templates.Sum(f => (long)f.Size) + sources.Seeds.Sum(f => (long)f.Size) < SmallSources;

    public static void Enter(SiteSources sources)
    {
        if (!IsSmall(sources))
        {
            return;
        }

        try
        {
            // no full collection to make room: at this point the heap holds little more than the sources
            GC.TryStartNoGCRegion(Budget, disallowFullBlockingGC: true);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // a budget the collector cannot give, or a region already begun: the build runs as usual
        }
    }
}
