using System.Diagnostics;
using PuppeteerSharp;
using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Output;
using SiteBuilder.Pdf;

namespace SiteBuilder.Cli;

/// <summary>
/// <c>sitebuilder build</c> (and <c>pdf</c>, which is <c>build --pdf</c>): loads the site, builds it, prints the
/// essays to PDF when asked, and swaps the output folder only when all of that succeeded.
/// </summary>
internal static class BuildCommand
{
    public static async Task<int> RunAsync(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        string? chromium = null;
        if (request.Pdf && (chromium = ChromiumLocator.Find(request.Chromium)) is null)
        {
            stderr.WriteLine($"error: {(request.Chromium is null ? "" : $"'{request.Chromium}' does not exist. ")}{ChromiumLocator.InstallHint}");
            return 1;
        }

        if (request.ToOptions(stderr) is not { } options)
        {
            return 1;
        }

        var result = SiteBuild.Run(SiteSourceLoader.Load(request.Source.FullName), options);
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (!result.Succeeded)
        {
            stderr.WriteLine("build failed; the previous output was left as it was");
            return 1;
        }

        var files = result.Files;
        var pdfNote = "";
        if (chromium is not null)
        {
            try
            {
                var pdfs = await PdfExport.RunAsync(result, chromium);
                files = [.. files, .. pdfs.Files];
                pdfNote = $"; {pdfs.Files.Count} PDF(s) in {pdfs.TotalMilliseconds:F0} ms, {pdfs.ChromiumStartMilliseconds:F0} ms of it starting Chromium ({string.Join(", ", pdfs.Files.Select(f => f.Path))})";
            }
            catch (Exception e) when (e is PuppeteerException or IOException or TimeoutException)
            {
                stderr.WriteLine($"error: printing the PDF with {chromium} failed: {e.Message}");
                stderr.WriteLine("build failed; the previous output was left as it was");
                return 1;
            }
        }

        var target = request.Output?.FullName ?? Path.Combine(request.Source.FullName, "_site");
        new DiskSink(target).Write(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
        stdout.WriteLine($"built {result.Stats.Pages} pages, {files.Count} files ({result.Stats.References} references, {result.Stats.Citations} citations){pdfNote} in {clock.ElapsedMilliseconds} ms -> {target}");
        return 0;
    }
}
