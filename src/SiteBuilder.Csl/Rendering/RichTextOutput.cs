using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>The rich text of CSL-JSON values (&lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, &lt;sub&gt;, small caps, nocase) as output nodes.</summary>
public static class RichTextOutput
{

    private static readonly (string Open, string Close, Decoration? Style)[] Tags =
    [
        ("<i>", "</i>", new Decoration { FontStyle = "italic" }),
        ("<b>", "</b>", new Decoration { FontWeight = "bold" }),
        ("<sup>", "</sup>", new Decoration { VerticalAlign = "sup" }),
        ("<sub>", "</sub>", new Decoration { VerticalAlign = "sub" }),
        ("<span style=\"font-variant:small-caps;\">", "</span>", new Decoration { FontVariant = "small-caps" }),
        ("<span style=\"font-variant: small-caps;\">", "</span>", new Decoration { FontVariant = "small-caps" }),
        ("<sc>", "</sc>", new Decoration { FontVariant = "small-caps" }),
        ("<span class=\"nocase\">", "</span>", null),
        ("<span class=\"nodecor\">", "</span>", new Decoration { FontStyle = "normal", FontWeight = "normal", FontVariant = "normal" }),
    ];

    public static Output Parse(string text)
    {
        if (text.Length == 0)
        {
            return TextOutput.Empty;
        }

        if (text.AsSpan().IndexOfAny("<\"'“‘") < 0)
        {
            return new TextOutput(text);
        }

        var (nodes, _) = Parse(text, 0, null, text.Length);
        return nodes.Count == 1 ? nodes[0] : new GroupOutput(nodes, Decoration.None);
    }

    /// <summary>
    /// The markup from <paramref name="at"/> up to <paramref name="closing"/> (a tag's end) or <paramref name="end"/>
    /// (a quotation's end): tags nest, and quotation marks around words (straight or curly, double or single) become
    /// quotations the writer sets in the locale's marks, alternating when nested; they may enclose tags.
    /// </summary>
    private static (List<Output> Nodes, int End) Parse(string text, int at, string? closing, int end)
    {
        var nodes = new List<Output>();
        var start = at;
        while (at < end)
        {
            if (closing is not null && string.CompareOrdinal(text, at, closing, 0, closing.Length) == 0)
            {
                Flush(text, start, at, nodes);
                return (nodes, at + closing.Length);
            }

            var tag = text[at] == '<' ? Tags.FirstOrDefault(t => string.CompareOrdinal(text, at, t.Open, 0, t.Open.Length) == 0) : default;
            if (tag.Open is not null && text.IndexOf(tag.Close, at + tag.Open.Length, end - at - tag.Open.Length, StringComparison.Ordinal) >= 0)
            {
                Flush(text, start, at, nodes);
                var (inner, after) = Parse(text, at + tag.Open.Length, tag.Close, end);
                // small caps, superscripts, subscripts and nodecor text keep their case, as nocase text does
                nodes.Add(tag.Style is null ? new ProtectedOutput(inner)
                    : KeepsCase(tag.Open, tag.Style) ? new ProtectedOutput([new GroupOutput(inner, tag.Style)])
                    : new GroupOutput(inner, tag.Style));
                at = start = after;
                continue;
            }

            if (ClosingMark(text, at, end) is { } mark && Closing(text, at + 1, end, mark) is var close and > 0)
            {
                Flush(text, start, at, nodes);
                var (inner, _) = Parse(text, at + 1, null, close);
                nodes.Add(new GroupOutput(inner, new Decoration { Quotes = true, SingleQuotes = mark == '’' }));
                at = start = close + 1;
                continue;
            }

            at++;
        }

        Flush(text, start, at, nodes);
        return (nodes, at);
    }

    /// <summary>Whether a tag's text keeps its case under the style's text-case: small caps, superscripts, subscripts and nodecor text do.</summary>
    private static bool KeepsCase(string open, Decoration style) =>
        style.FontVariant == "small-caps" || style.VerticalAlign is not null || open == "<span class=\"nodecor\">";

    /// <summary>Plain text; after a quotation inside the same value, its punctuation is the author's and stays put.</summary>
    private static void Flush(string text, int from, int to, List<Output> nodes)
    {
        if (to > from)
        {
            var afterQuote = nodes.Count > 0 && nodes[^1] is GroupOutput { Decoration.Quotes: true };
            nodes.Add(new TextOutput(text[from..to].Replace('\'', '’')) { Part = afterQuote ? OutputParts.InnerText : null });
        }
    }

    /// <summary>
    /// The mark that would close a quotation opened at <paramref name="i"/>, if a quotation can open there: a double
    /// mark, a curly single mark, or a straight single mark before a letter or digit that no letter precedes; never
    /// before a space.
    /// </summary>
    private static char? ClosingMark(string text, int i, int end)
    {
        if (i + 1 >= end || char.IsWhiteSpace(text[i + 1]))
        {
            return null;
        }

        return text[i] switch
        {
            '"' => '"',
            '“' => '”',
            '‘' => '’',
            '\'' when (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && char.IsLetterOrDigit(text[i + 1]) => '\'',
            _ => null,
        };
    }

    /// <summary>The closing mark for a quotation opened before <paramref name="from"/>: followed by no letter, not an apostrophe.</summary>
    private static int Closing(string text, int from, int end, char mark)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] == mark && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == end || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
