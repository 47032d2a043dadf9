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
    DateTimeOffset? BuildTime = null,
    bool Timings = false,
    bool Publish = false,
    bool Quiet = false)
{
    /// <summary>The build options, or null (with the reason written to <paramref name="stderr"/>) when SOURCE_DATE_EPOCH is malformed.</summary>
    public Build.BuildOptions? ToOptions(TextWriter stderr)
    {
        try
        {
            return new(Drafts, Pdf: Pdf, Strict: Strict || Publish, BaseUrl: BaseUrl, BuildTime: BuildTime ?? BuildClock.Now(), Publish: Publish);
        }
        catch (FormatException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return null;
        }
    }
}
