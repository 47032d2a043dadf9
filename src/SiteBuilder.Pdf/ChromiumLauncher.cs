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

    /// <summary>The profile folder a launched browser runs in (from its command line), or null when it has none.</summary>
    public static string? ProfileFolder(IBrowser browser)
    {
        const string flag = "--user-data-dir=";
        var arguments = browser.Process?.StartInfo.Arguments ?? "";
        var start = arguments.IndexOf(flag, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += flag.Length;
        var quoted = start < arguments.Length && arguments[start] == '"';
        start += quoted ? 1 : 0;
        var end = arguments.IndexOf(quoted ? '"' : ' ', start);
        return arguments[start..(end < 0 ? arguments.Length : end)];
    }

    /// <summary>
    /// Ends a browser at once, from any thread (an interrupt's handler, say): its whole process tree is killed and
    /// its profile deleted, where closing it would wait on the browser. Nothing of it is left running or on disk.
    /// </summary>
    public static void Kill(IBrowser browser)
    {
        var profile = ProfileFolder(browser);
        var singleton = profile is null ? null : SingletonFolder(profile);
        try
        {
            browser.Process?.Kill(entireProcessTree: true);
            browser.Process?.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // it had exited already
        }

        if (profile is not null)
        {
            KillHelpers(profile);
        }

        foreach (var folder in new[] { profile, singleton })
        {
            for (var attempt = 0; folder is not null && Directory.Exists(folder) && attempt < 10; attempt++)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Thread.Sleep(20); // a process of the tree was still writing as it died
                }
            }
        }
    }

    /// <summary>
    /// The folder beside the profile where Chromium keeps its single-instance socket (<c>org.chromium.Chromium.*</c> in
    /// the temporary folder, linked from the profile), which a browser that is killed leaves behind; null if none.
    /// </summary>
    private static string? SingletonFolder(string profile)
    {
        try
        {
            var target = new FileInfo(Path.Combine(profile, "SingletonSocket")).LinkTarget;
            var folder = target is null ? null : Path.GetDirectoryName(target);
            return folder is not null && Path.GetFileName(folder).StartsWith("org.chromium.", StringComparison.Ordinal)
                && Path.GetDirectoryName(Path.GetFullPath(folder)) == Path.GetFullPath(Path.GetTempPath()).TrimEnd(Path.DirectorySeparatorChar) ? folder : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Chromium's helper processes (zygotes, renderers, the GPU and network services) are not all its children, so
    /// killing its tree leaves some running until they notice; on Linux each is found by the profile on its command line.
    /// </summary>
    private static void KillHelpers(string profile)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var flag = System.Text.Encoding.UTF8.GetBytes("--user-data-dir=" + profile);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllBytes(Path.Combine(folder, "cmdline")).AsSpan().IndexOf(flag) >= 0)
                {
                    using var helper = System.Diagnostics.Process.GetProcessById(id);
                    helper.Kill(); // at once (SIGKILL); not waited for, as a helper that is not our child waits for init to reap it
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // it ended meanwhile, or is not ours to read
            }
        }
    }

    public static Task<IBrowser> LaunchAsync(string executablePath) =>
        Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = Flags.ToArray(),
        });
}
