using PuppeteerSharp;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>
/// Launches the system's Chromium (CHROMIUM_PATH, then PATH, then /usr/bin/chromium) for browser tests.
/// It never downloads a browser; tests/run-tests.sh installs Debian's chromium when it is missing.
/// </summary>
public static class Chromium
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
    ];

    public static string? Find()
    {
        var named = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(named) && File.Exists(named))
        {
            return named;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
    }

    public static Task<IBrowser> LaunchAsync()
    {
        var path = Find() ?? throw new InvalidOperationException("Chromium was not found: install it (apt-get install chromium) or set CHROMIUM_PATH; tests/run-tests.sh installs it");
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = Flags,
            UserDataDir = Path.Combine(Path.GetTempPath(), "sitebuilder-chromium-" + Guid.NewGuid().ToString("N")),
        });
    }
}
