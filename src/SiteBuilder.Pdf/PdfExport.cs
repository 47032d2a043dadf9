using System.Diagnostics;
using SiteBuilder.Build;
using SiteBuilder.Output;

namespace SiteBuilder.Pdf;

/// <summary>The PDF stage: prints every essay a successful build laid out for print, and times the work.</summary>
public static class PdfExport
{
    public static async Task<PdfExportResult> RunAsync(BuildResult build, string chromiumPath)
    {
        var clock = Stopwatch.StartNew();
        await using var printer = await PdfPrinter.StartAsync(chromiumPath);
        var startMs = clock.Elapsed.TotalMilliseconds;
        var siteFiles = build.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var files = new List<OutputFile>();
        foreach (var document in build.PrintDocuments)
        {
            files.Add(new OutputFile(document.PdfPath, await printer.PrintAsync(document, siteFiles), document.Origin));
        }

        return new PdfExportResult(files, startMs, clock.Elapsed.TotalMilliseconds);
    }
}
