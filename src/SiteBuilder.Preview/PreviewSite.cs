using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Preview;

/// <summary>
/// Builds the site in preview mode into memory and keeps the last good build. A failed build keeps the
/// previous files and records its diagnostics, so the server goes on answering.
/// </summary>
public sealed class PreviewSite(string sourceFolder, TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly BuildCache cache = new();
    private SiteSources? sources;
    private PreviewSnapshot snapshot = PreviewSnapshot.Empty;

    public PreviewSnapshot Current
    {
        get
        {
            lock (gate)
            {
                return snapshot;
            }
        }
    }

    /// <summary>How many pages the last rebuild made rather than reused from the one before.</summary>
    public int? PagesMade { get; private set; }

    /// <summary>The last rebuild's phases, reading the sources first (what <c>serve --verbose</c> prints).</summary>
    public IReadOnlyList<PhaseTiming> Phases { get; private set; } = [];

    /// <summary>Builds from disk and says what changed compared with the site being served.</summary>
    /// <param name="changed">The site paths the watcher saw change ("*" when it lost track); null to look at every file.</param>
    public SiteChange Rebuild(IReadOnlyCollection<string>? changed = null)
    {
        var (result, reading) = Build(changed is null || changed.Contains("*") ? null : changed.ToHashSet(StringComparer.Ordinal));
        PagesMade = result.Stats.PagesMade;
        Phases = [reading, .. result.Stats.Phases];
        lock (gate)
        {
            var previous = snapshot;
            if (!result.Succeeded)
            {
                snapshot = previous with { Diagnostics = result.Diagnostics, Version = previous.Version + 1 };
                return SiteChange.Failed;
            }

            var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var change = previous.HasErrors ? SiteChange.Pages : Compare(previous.Files, files);
            snapshot = new PreviewSnapshot(files, result.Diagnostics, previous.Version + (change == SiteChange.None ? 0 : 1));
            return change;
        }
    }

    /// <summary>
    /// The build, or, when it throws (a bug, since bad input is a diagnostic), a failed result carrying the
    /// exception as an internal error, so the overlay and the console show it and the watcher keeps going.
    /// </summary>
    private (BuildResult Result, PhaseTiming Reading) Build(IReadOnlySet<string>? changed)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var reading = new PhaseTiming("reading sources", 0);
        try
        {
            sources = SiteSourceLoader.Load(sourceFolder, sources, changed);
            reading = reading with { Milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds };
            // Undated content is dated by the day, as in `build`: the feed and sitemap then stay put between saves.
            var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
            return (SiteBuild.Run(sources, new BuildOptions(IncludeDrafts: true, Preview: true, BuildTime: today), cache: cache), reading);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var error = Diagnostic.Error(DiagnosticCodes.InternalError, SourceLocation.File(sourceFolder), $"internal error: {e.GetType().Name}: {e.Message}");
            return (new BuildResult([], [error], new BuildStats(0, 0, 0, 0)), reading);
        }
    }

    /// <summary>Whether anything changed, and whether only stylesheets did; one pass over each side, no list of paths.</summary>
    private static SiteChange Compare(IReadOnlyDictionary<string, OutputFile> before, IReadOnlyDictionary<string, OutputFile> after)
    {
        var changed = false;
        foreach (var (path, now) in after)
        {
            if (!before.TryGetValue(path, out var old) || (!ReferenceEquals(old, now) && !old.SameBytes(now)))
            {
                if (!path.EndsWith(".css", StringComparison.Ordinal))
                {
                    return SiteChange.Pages;
                }

                changed = true;
            }
        }

        foreach (var path in before.Keys)
        {
            if (!after.ContainsKey(path))
            {
                if (!path.EndsWith(".css", StringComparison.Ordinal))
                {
                    return SiteChange.Pages;
                }

                changed = true;
            }
        }

        return changed ? SiteChange.StylesOnly : SiteChange.None;
    }
}
