using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// Runs `sitebuilder pdf` as its own process, as a user would, five times over a copy of the site, and reports
/// the end-to-end time and the share of it spent starting Chromium (as the command itself measures it).
/// </summary>
internal static partial class PdfBenchmark
{
    private const int Runs = 5;

    public static async Task RunAsync(string root)
    {
        var site = RepositoryFolder.CopySite(root);
        var cli = Path.Combine(AppContext.BaseDirectory, "SiteBuilder.Cli.dll");
        var total = new List<double>();
        var chromium = new List<double>();
        try
        {
            for (var i = 0; i < Runs; i++)
            {
                var clock = Stopwatch.StartNew();
                using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "pdf", "--source", site]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
                var output = await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
                total.Add(clock.Elapsed.TotalMilliseconds);
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException("sitebuilder pdf failed: " + await process.StandardError.ReadToEndAsync());
                }

                chromium.Add(double.Parse(StartShare().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }

        var median = RepositoryFolder.Percentile(total, 50);
        var start = RepositoryFolder.Percentile(chromium, 50);
        Console.WriteLine($"pdf: `sitebuilder pdf` end to end, median of {Runs}: {median:F0} ms; starting Chromium {start:F0} ms ({start / median:P0} of it)");
    }

    [GeneratedRegex(@"(\d+) ms of it starting Chromium")]
    private static partial Regex StartShare();
}
