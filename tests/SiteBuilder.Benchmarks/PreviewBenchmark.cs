using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// Starts `sitebuilder serve` as a separate process over a copy of the site and measures (1) the time from
/// process start to the first page served and (2) the latency from saving the essay to the reload event,
/// over 50 edits.
/// </summary>
internal static class PreviewBenchmark
{
    private const int Edits = 50;

    public static async Task RunAsync(string root)
    {
        var site = RepositoryFolder.CopySite(root);
        var port = FreePort();
        var cli = Path.Combine(AppContext.BaseDirectory, "SiteBuilder.Cli.dll");
        var clock = Stopwatch.StartNew();
        using var server = Process.Start(new ProcessStartInfo("dotnet", [cli, "serve", "--source", site, "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            var firstPageMs = await FirstPageAsync(http, clock);
            var latencies = await ReloadLatenciesAsync(http, Path.Combine(site, "content", "essays", "when-kindness-turns-to-heartbreak.md"));
            Console.WriteLine($"preview: start to first page served {firstPageMs:F0} ms");
            Console.WriteLine($"preview: save to reload event over {latencies.Count} edits: p50 {RepositoryFolder.Percentile(latencies, 50):F0} ms, " +
                $"p95 {RepositoryFolder.Percentile(latencies, 95):F0} ms, max {latencies.Max():F0} ms");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(site, recursive: true);
        }
    }

    private static async Task<double> FirstPageAsync(HttpClient http, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync("");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.ReadAsByteArrayAsync();
                    return clock.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("the preview server did not answer within 60 s");
    }

    private static async Task<List<double>> ReloadLatenciesAsync(HttpClient http, string essay)
    {
        using var stream = await http.GetStreamAsync("__sitebuilder/events");
        using var reader = new StreamReader(stream);
        var original = await File.ReadAllTextAsync(essay);
        var latencies = new List<double>();
        for (var i = 0; i < Edits; i++)
        {
            var text = original.Replace("## In Conclusion", $"## In Conclusion {i}", StringComparison.Ordinal);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(essay, text);
            while (await reader.ReadLineAsync() is { } line && line != "event: reload")
            {
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
            await Task.Delay(150); // let the editor "pause" between saves
        }

        return latencies;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
