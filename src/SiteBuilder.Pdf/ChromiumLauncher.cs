using PuppeteerSharp;

namespace SiteBuilder.Pdf;

/// <summary>Starts headless Chromium with the flags this project always uses, in a fresh profile that is removed afterwards.</summary>
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
            UserDataDir = Path.Combine(Path.GetTempPath(), "sitebuilder-chromium-" + Guid.NewGuid().ToString("N")),
        });
}
