using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// Starts `sitebuilder serve` as a separate process over a copy of a site (this repository's, or any site folder
/// such as a benchmark corpus) and measures (1) the time from process start to the first page served, (2) the
/// latency from saving the first essay to the reload event and to the edited page served, over a number of
/// edits, and (3) the server's peak resident memory. The server is this build's command, or the executable
/// named (the installed, native one).
/// </summary>
internal static class PreviewBenchmark
{
    public static async Task RunAsync(string root, string? source = null, int edits = 50, string? executable = null)
    {
        var site = RepositoryFolder.CopySite(source ?? root);
        var port = FreePort();
        var arguments = new List<string> { "serve", "--source", site, "--port", port.ToString(CultureInfo.InvariantCulture) };
        var start = executable is null
            ? new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SiteBuilder.Cli.dll"), .. arguments])
            : new ProcessStartInfo(executable, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = Stopwatch.StartNew();
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
        try
        {
            var firstPageMs = await FirstPageAsync(http, clock);
            var essay = Directory.EnumerateFiles(Path.Combine(site, "content", "essays"), "*.md").Order(StringComparer.Ordinal).First();
            var (reload, served) = await ReloadLatenciesAsync(http, essay, edits);
            Console.WriteLine($"preview of {source ?? "this repository"}: start to first page served {firstPageMs:F0} ms");
            Console.WriteLine($"preview: save to reload event over {reload.Count} edits: p50 {RepositoryFolder.Percentile(reload, 50):F0} ms, " +
                $"p95 {RepositoryFolder.Percentile(reload, 95):F0} ms, max {reload.Max():F0} ms");
            Console.WriteLine($"preview: save to edited page served: p50 {RepositoryFolder.Percentile(served, 50):F0} ms, " +
                $"p95 {RepositoryFolder.Percentile(served, 95):F0} ms, max {served.Max():F0} ms");
            Console.WriteLine($"preview: server peak resident memory {PeakResidentMiB(server.Id)} MiB");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>VmHWM from /proc: the most the server ever held in memory (Linux only; "?" elsewhere).</summary>
    private static string PeakResidentMiB(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? "?" : (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture);
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

    private static async Task<(List<double> Reload, List<double> Served)> ReloadLatenciesAsync(HttpClient http, string essay, int edits)
    {
        using var stream = await http.GetStreamAsync("__sitebuilder/events");
        using var reader = new StreamReader(stream);
        var original = await File.ReadAllTextAsync(essay);
        var page = Path.GetFileNameWithoutExtension(essay);
        var (reload, served) = (new List<double>(), new List<double>());
        for (var i = 0; i < edits; i++)
        {
            var text = original.TrimEnd() + $"\n\nEdit number {i}.\n"; // a paragraph added, as an author would type it
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(essay, text);
            while (await reader.ReadLineAsync() is { } line && line != "event: reload")
            {
            }

            reload.Add(clock.Elapsed.TotalMilliseconds);
            var html = await http.GetStringAsync($"essays/{page}/");
            served.Add(clock.Elapsed.TotalMilliseconds);
            if (!html.Contains($"Edit number {i}.", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the page served after edit {i} does not show it");
            }

            await Task.Delay(150); // let the editor "pause" between saves
        }

        return (reload, served);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
