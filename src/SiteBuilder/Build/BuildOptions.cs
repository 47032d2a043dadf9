namespace SiteBuilder.Build;

/// <summary>
/// How to build. Preview (the local server) includes drafts and adds the live-reload script to every page;
/// a plain build does neither.
/// </summary>
public sealed record BuildOptions(bool IncludeDrafts = false, bool Preview = false);
