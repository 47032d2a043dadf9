using PuppeteerSharp;
using SiteBuilder.Pdf;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>
/// Launches the system's Chromium for browser tests, found as `sitebuilder pdf` finds it. It never downloads
/// a browser; tests/run-tests.sh installs Debian's chromium when it is missing.
/// </summary>
public static class Chromium
{
    public static string Path => ChromiumLocator.Find() ?? throw new InvalidOperationException(ChromiumLocator.InstallHint);

    public static Task<IBrowser> LaunchAsync() => ChromiumLauncher.LaunchAsync(Path);
}
