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
