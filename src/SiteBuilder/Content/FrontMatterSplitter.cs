using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>Separates front matter (between '---' lines at the top) from the Markdown body.</summary>
internal static class FrontMatterSplitter
{
    public static SplitSource Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return new SplitSource(null, 0, file.Text);
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(file.Path, 1, 1), "front matter starts with '---' but has no closing '---' line");
            return new SplitSource(null, 0, "", Malformed: true);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = new string('\n', close + 1) + string.Join('\n', lines[(close + 1)..]);
        return new SplitSource(yaml, 2, body);
    }
}
