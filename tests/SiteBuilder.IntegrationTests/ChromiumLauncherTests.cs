using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Pdf;

namespace SiteBuilder.IntegrationTests;

/// <summary>The browser that PDF export and the browser tests start leaves nothing behind in the temporary folder.</summary>
public class ChromiumLauncherTests
{
    [Fact]
    public async Task The_profile_folder_is_removed_when_the_browser_closes()
    {
        var browser = await Chromium.LaunchAsync();
        var profile = ChromiumLauncher.ProfileFolder(browser);
        Assert.True(Directory.Exists(profile), $"Chromium runs in {profile}");
        Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), Path.GetFullPath(profile));

        await browser.CloseAsync();

        Assert.False(Directory.Exists(profile), $"{profile} is still there after the browser closed");
    }

    [Fact]
    public async Task Killing_the_browser_leaves_no_process_profile_or_socket_folder()
    {
        var browser = await Chromium.LaunchAsync();
        var profile = ChromiumLauncher.ProfileFolder(browser)!;
        var socket = Path.Combine(profile, "SingletonSocket");
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (new FileInfo(socket).LinkTarget is null)
            {
                await Task.Delay(10, timeout.Token); // Chromium links its single-instance socket from the profile once it runs
            }
        }

        var singleton = Path.GetDirectoryName(new FileInfo(socket).LinkTarget)!;

        ChromiumLauncher.Kill(browser);

        Assert.False(Directory.Exists(profile), $"{profile} is still there");
        Assert.False(Directory.Exists(singleton), $"{singleton} is still there");
        Assert.Equal(0, RunningProcesses.With("--user-data-dir=" + profile));
    }
}
