using SiteBuilder.Build;
using SiteBuilder.Content;

namespace SiteBuilder.Cli;

/// <summary><c>sitebuilder check</c>: the whole build in memory, reporting every diagnostic and writing nothing.</summary>
internal static class CheckCommand
{
    public static int Run(DirectoryInfo source, bool drafts, TextWriter stdout, TextWriter stderr)
    {
        var result = SiteBuild.Run(SiteSourceLoader.Load(source.FullName), new BuildOptions(drafts));
        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.Succeeded)
        {
            stdout.WriteLine($"checked {result.Stats.Pages} pages and {result.Stats.Files} files: no errors");
        }

        return result.Succeeded ? 0 : 1;
    }
}
