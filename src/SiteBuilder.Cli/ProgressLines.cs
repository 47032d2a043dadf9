using SiteBuilder.Build;

namespace SiteBuilder.Cli;

/// <summary>
/// What the build is doing, phase by phase: in a terminal one line that is rewritten as each phase ends; in CI or
/// when the output goes to a file, one plain line per phase; nothing with --quiet.
/// </summary>
internal sealed class ProgressLines(TextWriter output, bool quiet)
{
    private readonly bool live = !quiet && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private bool shown;

    public void Report(BuildProgress phase)
    {
        if (quiet || phase.Made.Length == 0)
        {
            return;
        }

        var line = $"{phase.Phase}: {phase.Made} ({phase.Milliseconds:F0} ms)";
        if (live)
        {
            output.Write("\r\u001b[K" + line);
            shown = true;
        }
        else
        {
            output.WriteLine(line);
        }
    }

    /// <summary>Clears the live line before the summary or the diagnostics take its place.</summary>
    public void Done()
    {
        if (shown)
        {
            output.Write("\r\u001b[K");
            shown = false;
        }
    }
}
