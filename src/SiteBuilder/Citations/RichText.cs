using System.Text;

namespace SiteBuilder.Citations;

/// <summary>
/// The rich text of CSL titles and other fields: the HTML subset CSL-JSON allows (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>,
/// <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>, <c>&lt;span class="nocase"&gt;</c>,
/// <c>&lt;span style="font-variant:small-caps;"&gt;</c>) and Markdown emphasis (<c>*x*</c>, <c>_x_</c>, <c>**x**</c>).
/// Anything else is text, shown as written (and escaped when it becomes HTML).
/// </summary>
public static class RichText
{
    private static readonly (string Open, string Close, Func<TextRun, TextRun> Apply)[] Tags =
    [
        ("<i>", "</i>", r => r with { Italic = !r.Italic }),
        ("<em>", "</em>", r => r with { Italic = !r.Italic }),
        ("<b>", "</b>", r => r with { Bold = true }),
        ("<strong>", "</strong>", r => r with { Bold = true }),
        ("<sup>", "</sup>", r => r with { Superscript = true }),
        ("<sub>", "</sub>", r => r with { Subscript = true }),
        ("<span class=\"nocase\">", "</span>", r => r with { NoCase = true }),
        ("<span style=\"font-variant:small-caps;\">", "</span>", r => r with { SmallCaps = true }),
        ("<span style=\"font-variant: small-caps;\">", "</span>", r => r with { SmallCaps = true }),
        ("<span style=\"font-variant:small-caps\">", "</span>", r => r with { SmallCaps = true }),
    ];

    /// <summary>The runs of <paramref name="text"/>, each styled on top of <paramref name="outer"/>; italic inside italic is roman.</summary>
    public static IReadOnlyList<TextRun> Parse(string text, TextRun? outer = null)
    {
        var runs = new List<TextRun>();
        Parse(text, outer ?? new TextRun(""), runs);
        return runs;
    }

    /// <summary>The text without its markup: for page titles, metadata and exports that take plain text.</summary>
    public static string ToPlain(string text) =>
        text.IndexOfAny(['<', '*', '_']) < 0 ? text : string.Concat(Parse(text).Select(r => r.Text));

    /// <summary>The text with its Markdown emphasis written as CSL's markup (<c>*x*</c> as <c>&lt;i&gt;x&lt;/i&gt;</c>, <c>**x**</c> as <c>&lt;b&gt;x&lt;/b&gt;</c>).</summary>
    public static string ToCslMarkup(string text)
    {
        if (text.IndexOfAny(['*', '_']) < 0)
        {
            return text;
        }

        var markup = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            if (Open(text, i) is { } tag && Close(text, i + tag.Open.Length, tag) is var end && end >= 0)
            {
                markup.Append(text, i, tag.Open.Length).Append(ToCslMarkup(text[(i + tag.Open.Length)..end])).Append(text, end, tag.Close.Length);
                i = end + tag.Close.Length;
                continue;
            }

            if (Emphasis(text, i) is var (marker, close) && close > 0)
            {
                var (open, shut) = marker.Length == 2 ? ("<b>", "</b>") : ("<i>", "</i>");
                markup.Append(open).Append(ToCslMarkup(text[(i + marker.Length)..close])).Append(shut);
                i = close + marker.Length;
                continue;
            }

            markup.Append(text[i]);
            i++;
        }

        return markup.ToString();
    }

    private static void Parse(string text, TextRun style, List<TextRun> runs)
    {
        var plain = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (Open(text, i) is { } tag && Close(text, i + tag.Open.Length, tag) is var end && end >= 0)
            {
                Flush(plain, style, runs);
                Parse(text[(i + tag.Open.Length)..end], tag.Apply(style), runs);
                i = end + tag.Close.Length;
                continue;
            }

            if (Emphasis(text, i) is var (marker, close) && close > 0)
            {
                Flush(plain, style, runs);
                var inner = text[(i + marker.Length)..close];
                Parse(inner, marker.Length == 2 ? style with { Bold = true } : style with { Italic = !style.Italic }, runs);
                i = close + marker.Length;
                continue;
            }

            plain.Append(text[i]);
            i++;
        }

        Flush(plain, style, runs);
    }

    private static void Flush(StringBuilder plain, TextRun style, List<TextRun> runs)
    {
        if (plain.Length == 0)
        {
            return;
        }

        var run = style with { Text = plain.ToString() };
        if (runs.Count > 0 && runs[^1].SameStyle(run))
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
        }
        else
        {
            runs.Add(run);
        }

        plain.Clear();
    }

    private static (string Open, string Close, Func<TextRun, TextRun> Apply)? Open(string text, int at)
    {
        if (text[at] != '<')
        {
            return null;
        }

        foreach (var tag in Tags)
        {
            if (string.Compare(text, at, tag.Open, 0, tag.Open.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return tag;
            }
        }

        return null;
    }

    /// <summary>Where the tag opened before <paramref name="from"/> closes, counting nested tags of the same close; -1 if never.</summary>
    private static int Close(string text, int from, (string Open, string Close, Func<TextRun, TextRun> Apply) tag)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] != '<')
            {
                continue;
            }

            if (string.Compare(text, i, tag.Close, 0, tag.Close.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if (Open(text, i) is { } nested && nested.Close == tag.Close)
            {
                depth++;
            }
        }

        return -1;
    }

    /// <summary>Markdown emphasis at <paramref name="at"/>: "**", "*" or "_" opening next to a word, and where it closes.</summary>
    private static (string Marker, int Close)? Emphasis(string text, int at)
    {
        var c = text[at];
        if (c is not ('*' or '_'))
        {
            return null;
        }

        var marker = c == '*' && at + 1 < text.Length && text[at + 1] == '*' ? "**" : c.ToString();
        var start = at + marker.Length;
        if (start >= text.Length || char.IsWhiteSpace(text[start]) || (c == '_' && at > 0 && char.IsLetterOrDigit(text[at - 1])))
        {
            return null; // not emphasis: "a * b", or snake_case
        }

        for (var i = start + 1; i <= text.Length - marker.Length; i++)
        {
            if (string.CompareOrdinal(text, i, marker, 0, marker.Length) == 0 && !char.IsWhiteSpace(text[i - 1])
                && (c != '_' || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return (marker, i);
            }
        }

        return null;
    }
}
