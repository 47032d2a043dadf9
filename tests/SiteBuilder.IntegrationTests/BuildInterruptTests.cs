using System.Diagnostics;
using System.Globalization;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>`sitebuilder build` as its own process, stopped part-way the way a CI runner's timeout stops it.</summary>
public class BuildInterruptTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "SiteBuilder.Cli.dll");

    [Fact]
    public async Task A_build_stopped_part_way_keeps_the_previous_site_and_leaves_nothing_beside_it()
    {
        using var site = new TempSiteFolder();
        var previous = await BuiltOnce(site);
        AddEssays(site, 600); // enough that the build is still running when it is stopped

        using var build = Start("build", "--source", site.Path, "--quiet");
        var stderr = build.StandardError.ReadToEndAsync();
        var staging = site.Output + ".new-" + build.Id.ToString(CultureInfo.InvariantCulture);
        await Until(() => Directory.Exists(staging)); // the build has begun writing once its staging folder exists
        await Task.Delay(200);
        await StopAsync(build);

        Assert.Equal(143, build.ExitCode); // 128 + SIGTERM, as the signal asked
        Assert.Contains("build interrupted (SIGTERM); the previous output in", await stderr);
        Assert.DoesNotContain("Exception", await stderr);
        AssertLeftAsItWas(site, previous);
        Assert.All(previous, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(site.Output, file.Key))));
    }

    [Fact]
    public async Task A_pdf_export_stopped_while_chromium_runs_leaves_no_browser_running_and_no_profile()
    {
        using var site = new TempSiteFolder();
        var previous = await BuiltOnce(site);

        using var build = Start("pdf", "--source", site.Path, "--chromium", Chromium.Path, "--quiet");
        var stderr = build.StandardError.ReadToEndAsync();
        string? profile = null;
        await Until(() => (profile = RunningProcesses.ChromiumProfileOf(build.Id)) is not null); // Chromium has started
        await StopAsync(build);

        Assert.Equal(143, build.ExitCode);
        Assert.Contains("build interrupted (SIGTERM)", await stderr);
        Assert.Equal(0, RunningProcesses.With("--user-data-dir=" + profile));
        Assert.False(Directory.Exists(profile), $"Chromium's profile {profile} is left behind");
        AssertLeftAsItWas(site, previous);
    }

    /// <summary>The site built once, as the previous output an interrupted build must leave as it was.</summary>
    private static async Task<SortedDictionary<string, byte[]>> BuiltOnce(TempSiteFolder site)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [Cli, "build", "--source", site.Path, "--quiet"]) { RedirectStandardError = true })!;
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return TempSiteFolder.Snapshot(site.Output);
    }

    private static Process Start(params string[] arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", [Cli, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true })!;

    private static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>Sends SIGTERM, as a CI runner's timeout does, and waits for the process to end.</summary>
    private static async Task StopAsync(Process process)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    private static void AssertLeftAsItWas(TempSiteFolder site, SortedDictionary<string, byte[]> previous)
    {
        Assert.Equal(["_site"], Directory.GetDirectories(site.Path, "_site*").Select(Path.GetFileName));
        Assert.Equal(previous.Keys, TempSiteFolder.Snapshot(site.Output).Keys);
    }

    /// <summary>Copies of the essay under other titles, without its seed (each seed belongs to one essay).</summary>
    private static void AddEssays(TempSiteFolder site, int count)
    {
        var essay = File.ReadAllLines(site.Combine("content", "essays", "when-kindness-turns-to-heartbreak.md"));
        for (var i = 0; i < count; i++)
        {
            var copy = essay.Where(line => !line.StartsWith("source:", StringComparison.Ordinal))
                .Select(line => line.StartsWith("title:", StringComparison.Ordinal) ? $"title: \"Copy {i}\"" : line);
            File.WriteAllLines(site.Combine("content", "essays", $"copy-{i:D4}.md"), copy);
        }
    }
}
