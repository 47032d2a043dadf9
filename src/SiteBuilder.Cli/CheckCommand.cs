using SiteBuilder.Build;
using SiteBuilder.Content;

namespace SiteBuilder.Cli;

/// <summary><c>sitebuilder check</c>: the whole build in memory, reporting every diagnostic and writing nothing.</summary>
internal static class CheckCommand
{
    public static int Run(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (!SiteFolder.IsSite(request.Source, stderr))
        {
            return ExitCodes.Failure;
        }

        if (request.ToOptions(stderr) is not { } options)
        {
            return 1;
        }

        var result = SiteBuild.Run(SiteSourceLoader.Load(request.Source.FullName), options);
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.Succeeded)
        {
            var warnings = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
            stdout.WriteLine($"checked {result.Stats.Pages} pages and {result.Stats.Files} files: no errors{(warnings > 0 ? $", {warnings} warning(s)" : "")}");
        }

        return result.Succeeded ? 0 : 1;
    }
}
