using System.Diagnostics;
using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Pdf;

namespace SiteBuilder.Cli;

/// <summary>
/// <c>sitebuilder build</c> (and <c>pdf</c>, which is <c>build --pdf</c>): loads the site, builds it, prints the
/// essays to PDF when asked, and swaps the output folder only when all of that succeeded.
/// </summary>
internal static class BuildCommand
{
    private const string KeptPrevious = "build failed; the previous output was left as it was";

    public static async Task<int> RunAsync(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        string? chromium = null;
        if (request.Pdf && (chromium = ChromiumLocator.Find(request.Chromium)) is null)
        {
            stderr.WriteLine($"error: {(request.Chromium is null ? "" : $"'{request.Chromium}' does not exist. ")}{ChromiumLocator.InstallHint}");
            return ExitCodes.Failure;
        }

        var target = request.Output?.FullName ?? Path.Combine(request.Source.FullName, "_site");
        if (OutputFolderGuard.Check(request.Source.FullName, target, request.Output is null ? "_site" : "--output") is { } refused)
        {
            return Fail(stderr, refused);
        }

        if (request.ToOptions(stderr) is not { } options)
        {
            return ExitCodes.Failure;
        }

        var loadClock = Stopwatch.StartNew();
        var sources = SiteSourceLoader.Load(request.Source.FullName);
        var readMs = loadClock.Elapsed.TotalMilliseconds;
        var result = SiteBuild.Run(sources, options);
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (request.Timings)
        {
            stderr.WriteLine($"timings (ms): start-up {clock.Elapsed.TotalMilliseconds - loadClock.Elapsed.TotalMilliseconds:F0}, reading sources {readMs:F0}, " + string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Milliseconds:F0}")));
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine(KeptPrevious);
            return ExitCodes.Failure;
        }

        var files = result.Files;
        var pdfNote = "";
        if (chromium is not null)
        {
            var pdfs = await PrintAsync(result, chromium, stderr);
            if (pdfs is null)
            {
                return ExitCodes.Failure;
            }

            files = [.. files, .. pdfs.Files];
            pdfNote = $"; {pdfs.Files.Count} PDF(s) in {pdfs.TotalMilliseconds:F0} ms, {pdfs.ChromiumStartMilliseconds:F0} ms of it starting Chromium ({string.Join(", ", pdfs.Files.Select(f => f.Path))})";
        }

        var writeClock = Stopwatch.StartNew();
        try
        {
            new DiskSink(target).Write(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, Diagnostic.Error(DiagnosticCodes.WriteFailed, SourceLocation.File(request.Output is null ? "_site" : "--output"), $"cannot write the site to '{target}': {e.Message}"));
        }

        if (request.Timings)
        {
            stderr.WriteLine($"timings (ms): writing {writeClock.Elapsed.TotalMilliseconds:F0}");
        }

        stdout.WriteLine($"built {result.Stats.Pages} pages, {files.Count} files ({result.Stats.References} references, {result.Stats.Citations} citations){pdfNote} in {clock.ElapsedMilliseconds} ms -> {target}");
        return ExitCodes.Success;
    }

    /// <summary>The PDFs, or null when Chromium or the PDF's post-processing failed (reported): that is the environment's fault, not a bug.</summary>
    private static async Task<PdfExportResult?> PrintAsync(BuildResult result, string chromium, TextWriter stderr)
    {
        try
        {
            return await PdfExport.RunAsync(result, chromium);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            Fail(stderr, Diagnostic.Error(DiagnosticCodes.PdfFailed, SourceLocation.File(chromium), $"printing the PDF failed: {e.Message}"));
            return null;
        }
    }

    private static int Fail(TextWriter stderr, Diagnostic diagnostic)
    {
        DiagnosticPrinter.Print([diagnostic], stderr);
        stderr.WriteLine(KeptPrevious);
        return ExitCodes.Failure;
    }
}
