using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>Separates front matter (between '---' lines at the top) from the Markdown body.</summary>
internal static class FrontMatterSplitter
{
    public static SplitSource Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = Lead(file);
        switch (ClosingFence(text))
        {
            case null:
                return new SplitSource(null, 0);
            case (_, -1):
                diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(file.Path, 1, 1), "front matter starts with '---' but has no closing '---' line");
                return new SplitSource(null, 0, Malformed: true);
            case var (_, fence):
                return new SplitSource(text[NextLine(text, 0)..Math.Max(NextLine(text, 0), fence - 1)], 2);
        }
    }

    /// <summary>
    /// The Markdown body, the front matter blanked to empty lines so that positions stay true, made in one
    /// allocation: an essay's body is made when it is rendered, and not kept.
    /// </summary>
    public static string Body(string text) => ClosingFence(text) switch
    {
        null => text,
        (_, -1) => "",
        var (lines, fence) => Blanked(text, lines + 1, NextLine(text, fence)),
    };

    /// <summary>
    /// The same body, decoded straight from a file kept as UTF-8 into the one string it becomes (decoding the
    /// whole text first was one more copy of every essay). Only the front matter is decoded apart.
    /// </summary>
    public static string Body(SourceFile file)
    {
        var bytes = file.Utf8Bytes;
        if (bytes.IsEmpty || !bytes.StartsWith("---"u8) || LeadLength(bytes) is not { } lead)
        {
            return Body(file.Text);
        }

        // the front matter's true fence is at or before the one found in the bytes, so it lies in the lead
        var head = file.Decode(lead);
        if (ClosingFence(head) is not var (lines, fence))
        {
            return file.Text; // the first line only looks like a fence ("----"): there is no front matter
        }

        var rest = NextLine(head, fence);
        var fromHead = rest < 0 ? 0 : head.Length - rest;
        var length = lines + 1 + fromHead + file.CharCount(lead);
        return string.Create(length, (file, head, lines, rest, fromHead, lead), static (span, state) =>
        {
            span[..(state.lines + 1)].Fill('\n');
            var at = state.lines + 1;
            if (state.rest >= 0)
            {
                state.head.AsSpan(state.rest).CopyTo(span[at..]);
            }

            state.file.DecodeInto(state.lead, span[(at + state.fromHead)..]);
        });
    }

    /// <summary>
    /// As much of the file as the front matter needs: for a file kept as UTF-8, the text up to the end of the first
    /// line that could close it, found in the bytes (the fences are ASCII), so the loader does not decode every
    /// essay whole to read a few lines. The front matter read from this text is the one the whole text gives: its
    /// first closing fence lies within it.
    /// </summary>
    private static string Lead(SourceFile file)
    {
        var bytes = file.Utf8Bytes;
        if (bytes.IsEmpty)
        {
            return file.Text;
        }

        if (!bytes.StartsWith("---"u8))
        {
            return ""; // no front matter (the text's first line is no fence either)
        }

        return LeadLength(bytes) is { } lead ? file.Decode(lead) : file.Text;
    }

    /// <summary>The bytes up to the end of the first line after the first that is a fence in ASCII, or null when none is.</summary>
    private static int? LeadLength(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOf((byte)'\n') + 1;
        while (start > 0 && start < bytes.Length)
        {
            var end = bytes[start..].IndexOf((byte)'\n');
            var line = end < 0 ? bytes[start..] : bytes.Slice(start, end);
            if (line.TrimEnd(" \t\r\f\v"u8) is var fence && (fence.SequenceEqual("---"u8) || fence.SequenceEqual("..."u8)))
            {
                return end < 0 ? bytes.Length : start + end + 1;
            }

            start = end < 0 ? 0 : start + end + 1;
        }

        return null;
    }

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
