using SiteBuilder.Diagnostics;

namespace SiteBuilder.Cli;

/// <summary>Prints diagnostics one per line, compiler style, and a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        if (errors + warnings > 0)
        {
            error.WriteLine($"{errors} error(s), {warnings} warning(s)");
        }
    }
}
