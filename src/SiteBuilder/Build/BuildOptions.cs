namespace SiteBuilder.Build;

/// <summary>
/// How to build. Preview (the local server) includes drafts and adds the live-reload script to every page;
/// Pdf also lays out each essay for print, and the essay pages link to the PDFs the caller will make.
/// </summary>
public sealed record BuildOptions(bool IncludeDrafts = false, bool Preview = false, bool Pdf = false);
