using System.Text.RegularExpressions;
using SiteBuilder.Output;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// The rewriter's pass alone, on one thread: essay pages of a built site, their links turned back into the site-root
/// addresses the templates write (as the pass finds them before it makes them relative), rewritten round after round.
/// Prints microseconds a page and the throughput for each round; the first round warms up.
/// </summary>
internal static partial class RewriteBenchmark
{
    public static void Run(string builtSite, int pages, int rounds)
    {
        var inputs = Directory.GetDirectories(Path.Combine(builtSite, "essays")).Order(StringComparer.Ordinal).Take(pages).Select(folder =>
        {
            var slug = Path.GetFileName(folder);
            var html = Relative().Replace(File.ReadAllText(Path.Combine(folder, "index.html")), "$1=\"/")
                .Replace("index.html\"", "\"", StringComparison.Ordinal).Replace("index.html#", "#", StringComparison.Ordinal);
            return new RenderedPage($"essays/{slug}/index.html", html, new SourceLocation($"content/essays/{slug}.md", 1, 1));
        }).ToList();
        var chars = inputs.Sum(p => (long)p.Text.Length);
        Console.WriteLine($"{inputs.Count} essay pages of {builtSite}, {chars / Math.Max(1, inputs.Count)} characters each on average; the rewriter on one thread:");
        var rewriter = new PageRewriter("/", false);
        var output = new DroppedOutput();
        for (var round = 0; round <= rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var page in inputs)
            {
                rewriter.Rewrite(page, output);
            }

            clock.Stop();
            Console.WriteLine($"round {round}{(round == 0 ? " (warm-up)" : "")}: {clock.Elapsed.TotalMicroseconds / inputs.Count:F1} µs a page, {chars * 2 / clock.Elapsed.TotalSeconds / 1e6:F0} MB/s");
        }
    }

    /// <summary>An href or src that climbs to the site's root ("../../").</summary>
    [GeneratedRegex("(href|src)=\"(\\.\\./)+")]
    private static partial Regex Relative();
}
