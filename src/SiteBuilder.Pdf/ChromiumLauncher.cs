using PuppeteerSharp;

namespace SiteBuilder.Pdf;

/// <summary>
/// Starts headless Chromium with the flags this project always uses. Its profile is a fresh folder that
/// PuppeteerSharp makes in the temporary folder and removes once the browser has exited; a folder named
/// here instead would be the caller's to remove, and every PDF export would leave one behind.
/// </summary>
public static class ChromiumLauncher
{
    public static readonly IReadOnlyList<string> Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--font-render-hinting=none",
    ];

    public static Task<IBrowser> LaunchAsync(string executablePath) =>
        Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = Flags.ToArray(),
        });
}
