using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>Separates front matter (between '---' lines at the top) from the Markdown body.</summary>
internal static class FrontMatterSplitter
{
    public static SplitSource Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        switch (ClosingFence(text))
        {
            case null:
                return new SplitSource(null, 0, text);
            case (_, -1):
                diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(file.Path, 1, 1), "front matter starts with '---' but has no closing '---' line");
                return new SplitSource(null, 0, "", Malformed: true);
            case var (lines, fence):
                var yaml = text[NextLine(text, 0)..Math.Max(NextLine(text, 0), fence - 1)];
                return new SplitSource(yaml, 2, Blanked(text, lines + 1, NextLine(text, fence)));
        }
    }

    /// <summary>
    /// The Markdown body alone (what <see cref="Split"/> gives as <see cref="SplitSource.Body"/>), made in one
    /// allocation and without cutting out the front matter: the render phase asks for every essay's body.
    /// </summary>
    public static string Body(string text) => ClosingFence(text) switch
    {
        null => text,
        (_, -1) => "",
        var (lines, fence) => Blanked(text, lines + 1, NextLine(text, fence)),
    };

    /// <summary>
    /// Where the front matter's closing fence starts and how many lines lie above it; null when the text opens
    /// with no front matter, and a fence at -1 when it is never closed. Walks the lines without splitting the file.
    /// </summary>
    private static (int LinesAbove, int Fence)? ClosingFence(string text)
    {
        if (!IsFence(LineAt(text, 0), "---"))
        {
            return null;
        }

        var lineCount = 1;
        var start = NextLine(text, 0);
        while (start >= 0)
        {
            var line = LineAt(text, start);
            if (IsFence(line, "---") || IsFence(line, "..."))
            {
                return (lineCount, start);
            }

            lineCount++;
            start = NextLine(text, start);
        }

        return (lineCount, -1);
    }

    /// <summary>The text from <paramref name="rest"/> on (none when -1), after one empty line for each line above it, so Markdown positions stay true.</summary>
    private static string Blanked(string text, int emptyLines, int rest) =>
        string.Create(emptyLines + (rest < 0 ? 0 : text.Length - rest), (text, emptyLines, rest), static (span, state) =>
        {
            span[..state.emptyLines].Fill('\n');
            if (state.rest >= 0)
            {
                state.text.AsSpan(state.rest).CopyTo(span[state.emptyLines..]);
            }
        });

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
