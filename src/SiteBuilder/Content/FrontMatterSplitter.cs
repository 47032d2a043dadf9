using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>Separates front matter (between '---' lines at the top) from the Markdown body.</summary>
internal static class FrontMatterSplitter
{
    public static SplitSource Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!IsFence(LineAt(text, 0), "---"))
        {
            return new SplitSource(null, 0, text);
        }

        // Walk the lines without splitting the file: only the front matter is cut out, and the body keeps
        // one empty line for each line above it, so Markdown positions stay true.
        var lineCount = 1;
        var start = NextLine(text, 0);
        while (start >= 0)
        {
            var line = LineAt(text, start);
            if (IsFence(line, "---") || IsFence(line, "..."))
            {
                var yaml = text[NextLine(text, 0)..Math.Max(NextLine(text, 0), start - 1)];
                var rest = NextLine(text, start);
                var body = new string('\n', lineCount + 1) + (rest < 0 ? "" : text[rest..]);
                return new SplitSource(yaml, 2, body);
            }

            lineCount++;
            start = NextLine(text, start);
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(file.Path, 1, 1), "front matter starts with '---' but has no closing '---' line");
        return new SplitSource(null, 0, "", Malformed: true);
    }

    private static ReadOnlySpan<char> LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    /// <summary>The index where the next line starts, or -1 after the last line.</summary>
    private static int NextLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? -1 : end + 1;
    }

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd().SequenceEqual(fence);
}
