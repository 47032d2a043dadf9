namespace SiteBuilder.Build;

/// <summary>How to build: drafts are included only in preview.</summary>
public sealed record BuildOptions(bool IncludeDrafts = false);
