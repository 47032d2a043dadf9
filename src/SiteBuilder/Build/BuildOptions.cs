namespace SiteBuilder.Build;

/// <summary>
/// How to build. Preview (the local server) includes drafts and adds the live-reload script to every page;
/// Pdf also lays out each essay for print, and the essay pages link to the PDFs the caller will make;
/// Strict makes every warning an error, for publishing. BaseUrl overrides site.yaml's (CI knows where the
/// site is published). BuildTime dates what content leaves undated (the feed); callers take it from
/// SOURCE_DATE_EPOCH or the clock, so the core never reads the clock.
/// </summary>
public sealed record BuildOptions(
    bool IncludeDrafts = false,
    bool Preview = false,
    bool Pdf = false,
    bool Strict = false,
    string? BaseUrl = null,
    DateTimeOffset? BuildTime = null,
    bool Publish = false)
{
    /// <summary>Told as each phase ends, with what it made (for the command line's progress lines); called on the build's thread.</summary>
    public Action<BuildProgress>? Progress { get; init; }

    public DateTimeOffset Time => BuildTime ?? DateTimeOffset.UnixEpoch;

    /// <summary>
    /// A style to format every citation with instead of the site's: for the benchmark that measures what the CSL
    /// engine adds to a build, against a style that does next to nothing. Not an option of the command line.
    /// </summary>
    internal Citations.ICitationStyle? StyleInstead { get; init; }

    /// <summary>How templates are evaluated (by their plans, the default): for the tests and benchmarks that compare the ways. Not an option of the command line.</summary>
    internal Templates.TemplateEvaluation Templates { get; init; }
}

/// <summary>A phase of the build that has ended: its name, what it made ("11 pages"), and how long it took.</summary>
public sealed record BuildProgress(string Phase, string Made, double Milliseconds);
