namespace SiteBuilder.Pdf;

/// <summary>
/// Finds the system's Chromium: a path given on the command line, then SITEBUILDER_CHROMIUM or CHROMIUM_PATH,
/// then chromium or chromium-browser on PATH, then /usr/bin/chromium. It never downloads a browser.
/// </summary>
public static class ChromiumLocator
{
    public const string InstallHint =
        "Chromium was not found. Install it (Debian/Ubuntu: apt-get install chromium), or name it with --chromium PATH or the SITEBUILDER_CHROMIUM environment variable.";

    public static string? Find(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        foreach (var variable in new[] { "SITEBUILDER_CHROMIUM", "CHROMIUM_PATH" })
        {
            var named = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(named) && File.Exists(named))
            {
                return named;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
    }
}
