using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>The browser that PDF export and the browser tests start leaves nothing behind in the temporary folder.</summary>
public class ChromiumLauncherTests
{
    [Fact]
    public async Task The_profile_folder_is_removed_when_the_browser_closes()
    {
        var browser = await Chromium.LaunchAsync();
        var profile = ProfileFolder(browser.Process.StartInfo.Arguments);
        Assert.True(Directory.Exists(profile), $"Chromium runs in {profile}");
        Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), Path.GetFullPath(profile));

        await browser.CloseAsync();

        Assert.False(Directory.Exists(profile), $"{profile} is still there after the browser closed");
    }

    [Fact]
    public async Task Killing_the_browser_leaves_no_process_profile_or_socket_folder()
    {
        var browser = await Chromium.LaunchAsync();
        var profile = SiteBuilder.Pdf.ChromiumLauncher.ProfileFolder(browser)!;
        var socket = Path.Combine(profile, "SingletonSocket");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (new FileInfo(socket).LinkTarget is null)
            {
                await Task.Delay(10, timeout.Token); // Chromium links its single-instance socket from the profile once it runs
            }
        }

        var singleton = Path.GetDirectoryName(new FileInfo(socket).LinkTarget)!;

        SiteBuilder.Pdf.ChromiumLauncher.Kill(browser);

        Assert.False(Directory.Exists(profile), $"{profile} is still there");
        Assert.False(Directory.Exists(singleton), $"{singleton} is still there");
        Assert.DoesNotContain(Directory.EnumerateDirectories("/proc"), folder => IsLiveWith(folder, profile));
    }

    /// <summary>Whether /proc's folder is a process still running (not a zombie) whose command line names the profile.</summary>
    private static bool IsLiveWith(string folder, string profile)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(folder, "stat"));
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z' && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(profile, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return false; // not a process, or it ended meanwhile
        }
    }

    private static string ProfileFolder(string arguments)
    {
        const string flag = "--user-data-dir=";
        var start = arguments.IndexOf(flag, StringComparison.Ordinal);
        Assert.True(start >= 0, "Chromium is given a profile folder: " + arguments);
        start += flag.Length;
        var quoted = arguments[start] == '"';
        if (quoted)
        {
            start++;
        }

        var end = arguments.IndexOf(quoted ? '"' : ' ', start);
        return arguments[start..(end < 0 ? arguments.Length : end)];
    }
}
