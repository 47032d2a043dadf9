using System.Diagnostics;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>`sitebuilder serve` as its own process, stopped the way a user stops it.</summary>
public class ServeProcessTests
{
    [Fact]
    public async Task Interrupt_stops_the_server_cleanly_and_leaves_no_files_behind()
    {
        using var site = new TempSiteFolder();
        var before = TempSiteFolder.Snapshot(site.Path);
        var cli = Path.Combine(AppContext.BaseDirectory, "SiteBuilder.Cli.dll");
        using var server = Process.Start(new ProcessStartInfo("dotnet", [cli, "serve", "--source", site.Path, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = server.StandardError.ReadToEndAsync();

        var banner = await server.StandardOutput.ReadLineAsync();
        Assert.Matches(@"^Serving .* at http://127\.0\.0\.1:\d+/ ", banner);
        var address = banner!.Split(" at ")[1].Split(' ')[0];
        using var http = new HttpClient();
        Assert.Contains("When Kindness Turns to Heartbreak", await http.GetStringAsync(address));

        using (var kill = Process.Start("kill", ["-INT", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // long: it costs nothing when the server stops, and a busy CI machine is slow
        await server.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, server.ExitCode);
        Assert.Equal("Stopped.", (await server.StandardOutput.ReadToEndAsync()).Trim());
        Assert.DoesNotContain("Exception", await stderr);
        Assert.Equal(before.Keys, TempSiteFolder.Snapshot(site.Path).Keys);
    }
}
