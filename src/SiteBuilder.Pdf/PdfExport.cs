using System.Diagnostics;
using SiteBuilder.Build;
using SiteBuilder.Output;

namespace SiteBuilder.Pdf;

/// <summary>The PDF stage: prints every essay a successful build laid out for print, and times the work.</summary>
public static class PdfExport
{
    /// <summary>Prints from the build's own files (a build that kept them in memory).</summary>
    public static Task<PdfExportResult> RunAsync(BuildResult build, string chromiumPath)
    {
        var siteFiles = build.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return RunAsync(build, chromiumPath, path => siteFiles.GetValueOrDefault(path)?.Bytes);
    }

    /// <summary>
    /// Prints, reading the stylesheets and other assets the print layout asks for through <paramref name="siteFile"/>.
    /// Cancelled (an interrupt), it kills Chromium at once and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<PdfExportResult> RunAsync(BuildResult build, string chromiumPath, Func<string, byte[]?> siteFile, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        await using var printer = await PdfPrinter.StartAsync(chromiumPath, cancel);
        var startMs = clock.Elapsed.TotalMilliseconds;
        var siteFiles = siteFile;
        var files = new List<OutputFile>();
        foreach (var document in build.PrintDocuments)
        {
            cancel.ThrowIfCancellationRequested();
            files.Add(new OutputFile(document.PdfPath, await printer.PrintAsync(document, siteFiles), document.Origin));
        }

        cancel.ThrowIfCancellationRequested();

        return new PdfExportResult(files, startMs, clock.Elapsed.TotalMilliseconds);
    }
}
