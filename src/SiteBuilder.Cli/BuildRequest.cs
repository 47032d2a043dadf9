namespace SiteBuilder.Cli;

/// <summary>The options of <c>build</c>, <c>pdf</c> and <c>check</c>.</summary>
internal sealed record BuildRequest(
    DirectoryInfo Source,
    DirectoryInfo? Output = null,
    bool Drafts = false,
    bool Pdf = false,
    string? Chromium = null,
    bool Strict = false,
    string? BaseUrl = null,
    DateTimeOffset? BuildTime = null)
{
    public Build.BuildOptions ToOptions() => new(Drafts, Pdf: Pdf, Strict: Strict, BaseUrl: BaseUrl, BuildTime: BuildTime ?? BuildClock.Now());
}
