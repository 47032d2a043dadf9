using System.Diagnostics;
using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Pdf;

namespace SiteBuilder.Cli;

/// <summary>
/// <c>sitebuilder build</c> (and <c>pdf</c>, which is <c>build --pdf</c>): loads the site and builds it, writing
/// each file into a staging folder as it is made, prints the essays to PDF when asked, and swaps the staging
/// folder into place only when all of that succeeded.
/// </summary>
internal static class BuildCommand
{
    private const string KeptPrevious = "build failed; the previous output was left as it was";

    public static async Task<int> RunAsync(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        if (!SiteFolder.IsSite(request.Source, stderr))
        {
            return ExitCodes.Failure;
        }

        string? chromium = null;
        if (request.Pdf && (chromium = ChromiumLocator.Find(request.Chromium)) is null)
        {
            stderr.WriteLine($"error: {(request.Chromium is null ? "" : $"'{request.Chromium}' does not exist. ")}{ChromiumLocator.InstallHint}");
            return ExitCodes.Failure;
        }

        var target = request.Output?.FullName ?? Path.Combine(request.Source.FullName, "_site");
        var where = SourceLocation.File(request.Output is null ? "_site" : "--output");
        if (OutputFolderGuard.Check(request.Source.FullName, target, where.Path) is { } refused)
        {
            return Fail(stderr, refused);
        }

        if (request.ToOptions(stderr) is not { } options)
        {
            return ExitCodes.Failure;
        }

        var progress = new ProgressLines(stdout, request.Quiet);
        var compactions = new List<string>();
        options = options with { Progress = HeapTrimmer.AfterLargePhases(progress.Report, (phase, bytes) => compactions.Add($"{bytes / 1048576} MiB after {phase}")) };

        using var output = Begin(target, where, stderr);
        if (output is null)
        {
            return ExitCodes.Failure;
        }

        using var interruption = BuildInterruption.Watch(output, target, stderr);

        var writer = new OutputWriter(output);
        var (result, readMs) = Build(request.Source.FullName, options, writer);
        progress.Done();
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (request.Timings)
        {
            stderr.WriteLine($"timings (ms): reading sources {readMs:F0}, " + string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Milliseconds:F0}")));
            var gc = GC.GetTotalPauseDuration().TotalMilliseconds;
            stderr.WriteLine("allocated (MiB): " + string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.AllocatedBytes / 1048576}")));
            stderr.WriteLine("collector paused (ms): " + string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.PausedMilliseconds:F0}")));
            stderr.WriteLine("collections (gen 0/1/2): " + string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Collections.Gen0}/{p.Collections.Gen1}/{p.Collections.Gen2}")));
            stderr.WriteLine($"memory: {GC.GetTotalAllocatedBytes() / 1048576} MiB allocated, collections {GC.CollectionCount(0)} (gen 0), {GC.CollectionCount(1)} (gen 1), {GC.CollectionCount(2)} (gen 2), paused {gc:F0} ms; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"
                + (compactions.Count > 0 ? $"; compacted, the heap held {string.Join(", ", compactions)}" : ""));
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine(KeptPrevious);
            return ExitCodes.Failure;
        }

        var pdfNote = "";
        var fileCount = result.Stats.Files;
        if (chromium is not null)
        {
            interruption.CommandEnds = true; // an interrupt now waits for Chromium to be stopped
            var pdfs = await PrintAsync(result, chromium, output, interruption.Token, stderr);
            if (pdfs is null)
            {
                return interruption.Interrupted ? interruption.ExitCode : ExitCodes.Failure;
            }

            foreach (var pdf in pdfs.Files)
            {
                writer.Write(pdf);
            }

            fileCount += pdfs.Files.Count;
            pdfNote = $"; {pdfs.Files.Count} PDF(s) in {pdfs.TotalMilliseconds:F0} ms, {pdfs.ChromiumStartMilliseconds:F0} ms of it starting Chromium ({string.Join(", ", pdfs.Files.Select(f => f.Path))})";
        }

        try
        {
            if (interruption.Interrupted)
            {
                return interruption.ExitCode; // the handler has reported it
            }

            writer.ThrowIfFailed();
            output.Commit();
        }
        catch (OperationCanceledException)
        {
            return interruption.ExitCode; // interrupted while committing: the handler has reported it
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, Diagnostic.Error(DiagnosticCodes.WriteFailed, where, $"cannot write the site to '{target}': {e.Message}"));
        }

        if (!request.Quiet)
        {
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            stdout.WriteLine($"built {result.Stats.Pages} pages, {fileCount} files ({result.Stats.References} references, {result.Stats.Citations} citations){pdfNote}, {warnings} warning{(warnings == 1 ? "" : "s")}, in {clock.ElapsedMilliseconds} ms -> {target}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads and builds; a method of its own so that nothing here holds the sources once the build lets go of them
    /// (compiled fully optimized at once, as unoptimized code would keep its locals alive to the end).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (BuildResult Result, double ReadMs) Build(string source, BuildOptions options, OutputWriter writer)
    {
        var clock = Stopwatch.StartNew();
        var sources = SiteSourceLoader.Load(source);
        var readMs = clock.Elapsed.TotalMilliseconds;
        SmallBuildCollector.Enter(sources);
        return (SiteBuild.Run(sources, options, writer), readMs);
    }

    private static StagedOutput? Begin(string target, SourceLocation where, TextWriter stderr)
    {
        try
        {
            return StagedOutput.Begin(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(stderr, Diagnostic.Error(DiagnosticCodes.WriteFailed, where, $"cannot write the site to '{target}': {e.Message}"));
            return null;
        }
    }

    /// <summary>The PDFs, or null when Chromium or the PDF's post-processing failed (reported): that is the environment's fault, not a bug.</summary>
    private static async Task<PdfExportResult?> PrintAsync(BuildResult result, string chromium, StagedOutput output, CancellationToken interrupted, TextWriter stderr)
    {
        try
        {
            return await PdfExport.RunAsync(result, chromium, output.Read, interrupted);
        }
        catch (Exception) when (interrupted.IsCancellationRequested)
        {
            return null; // interrupted: the handler has reported it, and the process is ending
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
