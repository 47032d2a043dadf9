using System.Net;

namespace SiteBuilder.Output;

/// <summary>
/// The text a reader sees in a page's main element, read in one pass over the HTML, as the fidelity check reads it
/// from a DOM (FidelityCheck.ReaderText): citations and heading anchors left out, a space at the end of each block;
/// normalized as it is read (<see cref="NormalizedText"/>). It takes markup as the build writes it (every element
/// closed where it ends, none left to the parser's implied end tags) and gives up, returning null, at anything else,
/// for the caller to build the DOM after all. A parser's document of a whole page was most of the check's time, and
/// of its memory when an essay lists a whole library.
/// </summary>
internal static class ReaderTextScanner
{
    /// <summary>Elements that end with a space in the reader text.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt" };

    /// <summary>Start tags that close an open paragraph in a parser (so a page that has one inside a paragraph is left to the DOM).</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "table", "ul",
    };

    /// <summary>Elements with content of their own kind (foreign, inert or scripted), left to the DOM.</summary>
    private static readonly HashSet<string> Foreign = new(StringComparer.Ordinal) { "svg", "math", "template", "noscript", "frameset", "plaintext", "xmp", "iframe", "noembed", "noframes", "select" };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>Elements where a parser moves stray text elsewhere.</summary>
    private static readonly HashSet<string> TableParts = new(StringComparer.Ordinal) { "table", "thead", "tbody", "tfoot", "tr" };

    public static NormalizedText? Of(ReadOnlySpan<char> html)
    {
        var text = new NormalizedText(html.Length / 2);
        var open = new List<(string Name, bool Hidden)>();
        var i = StartOfMain(html);
        if (i < 0)
        {
            return null;
        }

        while (i < html.Length)
        {
            var lt = IndexOf(html, '<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i && !Text(html.Slice(i, end - i), open, text))
            {
                return null;
            }

            if (lt < 0)
            {
                return null; // main never ended
            }

            if (html[lt..].StartsWith("<!--"))
            {
                var close = IndexOf(html, "-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (lt + 1 < html.Length && html[lt + 1] == '/')
            {
                var nameEnd = lt + 2;
                while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                {
                    nameEnd++;
                }

                var name = HtmlStartTagReader.Name(html.Slice(lt + 2, nameEnd - lt - 2));
                if (open.Count == 0)
                {
                    return name == "main" ? text : null;
                }

                if (open[^1].Name != name)
                {
                    return null; // an end tag the parser would have to repair
                }

                var (_, hidden) = open[^1];
                open.RemoveAt(open.Count - 1);
                if (!hidden && Blocks.Contains(name))
                {
                    text.Append(' ');
                }

                var gt = IndexOf(html, '>', nameEnd);
                i = gt < 0 ? html.Length : gt + 1;
                continue;
            }

            if (lt + 1 >= html.Length || !char.IsAsciiLetter(html[lt + 1]) || HtmlStartTagReader.Read(html, lt) is not var (tag, after))
            {
                return null; // "<!doctype", "<?", a bare "<": not in a page's main content as the build writes it
            }

            if ((ClosesParagraph.Contains(tag.Name) && open.Exists(e => e.Name == "p"))
                || (tag.Name is "li" or "dt" or "dd" && open.Count > 0 && open[^1].Name is "li" or "dt" or "dd"))
            {
                return null; // the parser would close an element here that the markup leaves open
            }

            if ((tag.SelfClosing && !HtmlStartTag.IsVoidElement(tag.Name)) || Foreign.Contains(tag.Name)
                || (tag.Name is "a" && open.Exists(e => e.Name == "a"))
                || (Headings.Contains(tag.Name) && open.Count > 0 && Headings.Contains(open[^1].Name)))
            {
                return null; // markup a parser reads in its own way (a non-void "/>", foreign content, a link or heading in another)
            }

            i = after;
            if (tag.IsVoid)
            {
                continue;
            }

            var hiddenHere = (open.Count > 0 && open[^1].Hidden) || tag.HasClass("citation") || tag.HasClass("heading-anchor");
            open.Add((tag.Name, hiddenHere));
            if (tag.HoldsRawText)
            {
                var close = IndexOf(html, "</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    return null;
                }

                var start = tag.Name == "textarea" && i < close && html[i] == '\n' ? i + 1 : i; // a parser drops a textarea's opening newline
                if (!hiddenHere)
                {
                    text.Append(tag.Name is "textarea" or "title" ? WebUtility.HtmlDecode(html[start..close].ToString()) : html[start..close]);
                }

                i = close;
            }
            else if (tag.Name is "pre" or "listing" && i < html.Length && html[i] == '\n')
            {
                i++; // a parser drops the newline that opens a pre element
            }
        }

        return null;
    }

    /// <summary>Appends text outside any hidden element, decoded; false where a parser would move it (text straight inside a table).</summary>
    private static bool Text(ReadOnlySpan<char> segment, List<(string Name, bool Hidden)> open, NormalizedText text)
    {
        if (open.Count > 0 && TableParts.Contains(open[^1].Name) && !segment.IsWhiteSpace())
        {
            return false;
        }

        if (open.Count == 0 || !open[^1].Hidden)
        {
            if (segment.Contains('&'))
            {
                text.Append(WebUtility.HtmlDecode(segment.ToString()));
            }
            else
            {
                text.Append(segment);
            }
        }

        return true;
    }

    /// <summary>Just past the page's one <c>&lt;main&gt;</c> start tag, or -1.</summary>
    private static int StartOfMain(ReadOnlySpan<char> html)
    {
        var at = 0;
        while ((at = IndexOf(html, "<main", at, StringComparison.Ordinal)) >= 0)
        {
            if (HtmlStartTagReader.Read(html, at) is var (tag, after) && tag.Name == "main")
            {
                return IndexOf(html, "<main", after, StringComparison.Ordinal) < 0 ? after : -1; // two mains: the DOM decides which
            }

            at++;
        }

        return -1;
    }

    /// <summary>Where <paramref name="c"/> first is at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> html, char c, int from)
    {
        var at = html[from..].IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

    private static int IndexOf(ReadOnlySpan<char> html, string value, int from, StringComparison comparison)
    {
        var at = html[from..].IndexOf(value, comparison);
        return at < 0 ? -1 : from + at;
    }
}
