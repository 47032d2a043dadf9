namespace SiteBuilder.Cli;

/// <summary>The options of <c>build</c> and <c>pdf</c>.</summary>
internal sealed record BuildRequest(DirectoryInfo Source, DirectoryInfo? Output = null, bool Drafts = false, bool Pdf = false, string? Chromium = null);
