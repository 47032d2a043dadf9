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
        if (text.IndexOf('<') < 0 && text.IndexOf('"') < 0 && text.IndexOf('\'') < 0)
        {
            return new TextOutput(text);
        }

        var (nodes, _) = Parse(text, 0, null);
        return nodes.Count == 1 ? nodes[0] : new GroupOutput(nodes, Decoration.None);
    }

    private static (List<Output> Nodes, int End) Parse(string text, int at, string? closing)
    {
        var nodes = new List<Output>();
        var start = at;
        while (at < text.Length)
        {
            if (closing is not null && string.CompareOrdinal(text, at, closing, 0, closing.Length) == 0)
            {
                Flush(text, start, at, nodes);
                return (nodes, at + closing.Length);
            }

            var tag = text[at] == '<' ? Tags.FirstOrDefault(t => string.CompareOrdinal(text, at, t.Open, 0, t.Open.Length) == 0) : default;
            if (tag.Open is not null && text.IndexOf(tag.Close, at + tag.Open.Length, StringComparison.Ordinal) >= 0)
            {
                Flush(text, start, at, nodes);
                var (inner, end) = Parse(text, at + tag.Open.Length, tag.Close);
                // small caps, superscripts and subscripts keep their case, as nocase text does
                nodes.Add(tag.Style is null ? new ProtectedOutput(inner)
                    : tag.Style.FontVariant == "small-caps" || tag.Style.VerticalAlign is not null ? new ProtectedOutput([new GroupOutput(inner, tag.Style)])
                    : new GroupOutput(inner, tag.Style));
                at = start = end;
                continue;
            }

            at++;
        }

        Flush(text, start, at, nodes);
        return (nodes, at);
    }

    private static void Flush(string text, int from, int to, List<Output> nodes)
    {
        if (to > from)
        {
            nodes.AddRange(Quotes(text[from..to]));
        }
    }

    /// <summary>Straight quotation marks around words become quotes the writer sets in the locale's marks (nested ones alternate).</summary>
    private static IEnumerable<Output> Quotes(string text)
    {
        var open = -1;
        var from = 0;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0 && (c is '"' or '“' || (c == '\'' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                var close = Closing(text, i + 1, c == '“' ? '”' : c);
                if (close > 0)
                {
                    if (i > from)
                    {
                        yield return new TextOutput(text[from..i].Replace('\'', '’')) { Part = from == 0 ? null : OutputParts.InnerText };
                    }

                    yield return new GroupOutput(Quotes(text[(i + 1)..close]).ToList(), new Decoration { Quotes = true });
                    from = close + 1;
                    i = close;
                    open = -1;

                }
            }
        }

        if (from < text.Length)
        {
            yield return new TextOutput((from == 0 ? text : text[from..]).Replace('\'', '’')) { Part = from == 0 ? null : OutputParts.InnerText };
        }


    }

    /// <summary>The closing mark for a quotation opened before <paramref name="from"/>: followed by no letter, not an apostrophe.</summary>
    private static int Closing(string text, int from, char mark)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == mark && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
