using System.Diagnostics;
using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Output;

namespace SiteBuilder.Cli;

/// <summary><c>sitebuilder build</c>: loads the site, builds it, and swaps the output folder only on success.</summary>
internal static class BuildCommand
{
    public static int Run(DirectoryInfo source, DirectoryInfo? output, bool drafts, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var result = SiteBuild.Run(SiteSourceLoader.Load(source.FullName), new BuildOptions(drafts));
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (!result.Succeeded)
        {
            stderr.WriteLine("build failed; the previous output was left as it was");
            return 1;
        }

        var target = output?.FullName ?? Path.Combine(source.FullName, "_site");
        new DiskSink(target).Write(result.Files);
        stdout.WriteLine($"built {result.Stats.Pages} pages, {result.Stats.Files} files ({result.Stats.References} references, {result.Stats.Citations} citations) in {clock.ElapsedMilliseconds} ms -> {target}");
        return 0;
    }
}
