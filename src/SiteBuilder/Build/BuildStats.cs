namespace SiteBuilder.Build;

/// <summary>Counts that describe a build, printed by the CLI.</summary>
public sealed record BuildStats(int Pages, int Files, int References, int Citations)
{
    /// <summary>How long each phase took, in order.</summary>
    public IReadOnlyList<PhaseTiming> Phases { get; init; } = [];

    /// <summary>With the preview's cache: how many pages this build made rather than reused (null without a cache).</summary>
    public int? PagesMade { get; init; }
}
