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
    ];

    public static Output Parse(string text)
    {
        if (text.IndexOf('<') < 0)
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
                nodes.Add(tag.Style is null ? new ProtectedOutput(inner) : new GroupOutput(inner, tag.Style));
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
            nodes.Add(new TextOutput(text[from..to]));
        }
    }
}
