using System.Text;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// Writes an output tree as HTML (the markup citeproc processors use: &lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, styled spans)
/// or as plain text. Affixes sit outside formatting; doubled punctuation where pieces meet is collapsed; with the
/// locale's punctuation-in-quote, a period or comma after a closing quotation mark moves inside it.
/// </summary>
public sealed partial class OutputWriter(CslLocale locale, bool html, bool classes = false)
{
    private const string Punctuation = ".,;:!?";
    private readonly StringBuilder text = new();
    private readonly StringBuilder plain = new();
    private bool inItalic;
    private bool inBold;
    private bool inSmallCaps;
    private readonly Stack<bool> quotes = new(); // whether each open quotation was set with inner marks
    private readonly Stack<string> closers = new(); // the closing tags of the formatting open so far

    public static string Html(Output output, CslLocale locale) => Write(output, locale, true);

    /// <summary>HTML whose styles are classes (csl-small-caps, csl-roman, …) instead of style attributes, for pages with a strict content policy.</summary>
    public static string HtmlWithClasses(Output output, CslLocale locale)
    {
        var writer = new OutputWriter(locale, true, classes: true);
        writer.Node(TextCase.Apply(output));
        return writer.text.ToString();
    }

    public static string Text(Output output, CslLocale locale) => Write(output, locale, false);

    /// <summary>The HTML of <see cref="HtmlWithClasses"/> and the text it shows, written in one pass.</summary>
    public static (string Html, string Text) HtmlWithClassesAndText(Output output, CslLocale locale)
    {
        var writer = new OutputWriter(locale, true, classes: true);
        writer.Node(TextCase.Apply(output));
        return (writer.text.ToString(), writer.plain.ToString());
    }

    /// <summary>A writer of <see cref="HtmlWithClassesAndText"/> to use for output after output on one thread, its buffers kept between them.</summary>
    public static OutputWriter ForHtmlWithClasses(CslLocale locale) => new(locale, true, classes: true);

    /// <summary>The output's HTML and text, as <see cref="HtmlWithClassesAndText"/> writes them, from this writer's reused buffers.</summary>
    public (string Html, string Text) WriteWithText(Output output)
    {
        text.Clear();
        plain.Clear();
        (inItalic, inBold, inSmallCaps) = (false, false, false);
        quotes.Clear();
        closers.Clear();
        Node(TextCase.Apply(output));
        if (text.Equals(plain))
        {
            var both = text.ToString(); // text with nothing to escape or mark up is one string
            return (both, both);
        }

        return (text.ToString(), plain.ToString());
    }

    /// <summary>
    /// A bibliography as citeproc processors write it: a csl-bib-body holding one csl-entry per item; an entry
    /// that begins or ends with a display block opens and closes on lines of its own.
    /// </summary>
    public static string BibliographyHtml(IEnumerable<Output> entries, CslLocale locale)
    {
        var html = new StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var entry in entries)
        {
            var body = Html(entry, locale);
            // a display="block" line stands apart, between blank lines
            body = body.Replace("<div class=\"csl-block\">", "\n\n    <div class=\"csl-block\">", StringComparison.Ordinal);
            body = BlockEnd().Replace(body, "$1\n\n    ");
            if (body.EndsWith("</div>\n\n    ", StringComparison.Ordinal))
            {
                body = body[..^6];
            }
            // spaces that end a right-inline column are written after it, not inside it
            var trailing = "";
            if (TrailingSpaceInColumn().Match(body) is { Success: true } spaces)
            {
                trailing = spaces.Groups[1].Value;
                body = body[..spaces.Index] + "</div>";
            }

            var opensWithBlock = body.StartsWith("<div class=\"csl-", StringComparison.Ordinal);
            var endsWithBlock = body.EndsWith("</div>", StringComparison.Ordinal);
            html.Append("  <div class=\"csl-entry\">").Append(opensWithBlock ? "\n    " : "").Append(body)
                .Append(endsWithBlock ? "\n" + trailing + "  " : "").Append("</div>\n");
        }

        return html.Append("</div>").ToString();
    }

    private static string Write(Output output, CslLocale locale, bool html)
    {
        var writer = new OutputWriter(locale, html);
        writer.Node(TextCase.Apply(output));
        return writer.text.ToString();
    }

    private void Node(Output node)
    {
        if (classes && node.Part == "locator" && !node.IsEmpty)
        {
            // a locator ("pp. 70–85") is one unit on a web page: it does not break, and can be styled apart
            Markup("<span class=\"csl-locator\">");
            NodeCore(node);
            Markup("</span>");
            return;
        }

        NodeCore(node);
    }

    private void NodeCore(Output node)
    {
        switch (node)
        {
            case TextOutput t:
                Append(t.Text, movable: t.Part != OutputParts.InnerText, yields: t.Part == OutputParts.CiteDelimiter);
                break;
            case ProtectedOutput p:
                foreach (var child in p.Children)
                {
                    Node(child);
                }

                break;
            case GroupOutput g when !g.IsEmpty:
                Group(g);
                break;
        }
    }

    private void Group(GroupOutput g)
    {
        var d = g.Decoration;
        // display blocks: divs as citeproc writes them, or spans (valid inside phrasing content) with classes
        var display = html && d.Display is { } block ? (classes ? $"<span class=\"csl-{block}\">" : $"<div class=\"csl-{block}\">") : null;
        Markup(display);
        Append(d.Prefix);
        var closersBefore = closers.Count; // the tags this group opens sit above the ones of the groups around it
        var (wasItalic, wasBold, wasSmallCaps) = (inItalic, inBold, inSmallCaps);
        Open(d, closers);
        if (d.Quotes)
        {
            // quotations flip-flop: one of the same kind as the quotation around it takes the other kind
            var inner = quotes.Count > 0 && quotes.Peek() == d.SingleQuotes ? !d.SingleQuotes : d.SingleQuotes;
            quotes.Push(inner);
            Append(locale.Text(inner ? "open-inner-quote" : "open-quote"));
        }

        // most children come as an array (the renderer's): walked as one, without an interface call per child
        var first = true;
        if (g.Children is Output[] children)
        {
            foreach (var child in children)
            {
                Child(child, g.Delimiter, ref first);
            }
        }
        else
        {
            for (var i = 0; i < g.Children.Count; i++)
            {
                Child(g.Children[i], g.Delimiter, ref first);
            }
        }

        if (d.Quotes)
        {
            Append(locale.Text(quotes.Pop() ? "close-inner-quote" : "close-quote"));
        }

        while (closers.Count > closersBefore)
        {
            Markup(closers.Pop());
        }

        (inItalic, inBold, inSmallCaps) = (wasItalic, wasBold, wasSmallCaps);
        Append(d.Suffix);
        Markup(display is null ? null : classes ? "</span>" : "</div>");
    }

    /// <summary>A group's child, after the group's delimiter unless it is the first that prints.</summary>
    private void Child(Output child, string? delimiter, ref bool first)
    {
        if (child.IsEmpty)
        {
            return;
        }

        if (!first)
        {
            Append(delimiter);
        }

        Node(child);
        first = false;
    }

    private void Open(Decoration d, Stack<string> closers)
    {
        if (!html)
        {
            return;
        }

        if (d.FontWeight == "bold" && !inBold)
        {
            Tag("<b>", closers);
            inBold = true;
        }
        else if (d.FontWeight is "bold" or "normal" && inBold)
        {
            Tag("<span style=\"font-weight:normal;\">", closers);
            inBold = false;
        }
        else if (d.FontWeight == "light")
        {
            Tag("<span style=\"font-weight:light;\">", closers);
        }

        if (d.FontStyle is "italic" or "oblique" && !inItalic)
        {
            Tag(d.FontStyle == "italic" ? "<i>" : "<span style=\"font-style:oblique;\">", closers);
            inItalic = true;
        }
        else if (d.FontStyle is "italic" or "oblique" or "normal" && inItalic)
        {
            // italics inside italics are set roman
            Tag("<span style=\"font-style:normal;\">", closers);
            inItalic = false;
        }

        if (d.FontVariant == "small-caps" && !inSmallCaps)
        {
            Tag("<span style=\"font-variant:small-caps;\">", closers);
            inSmallCaps = true;
        }
        else if (d.FontVariant is "small-caps" or "normal" && inSmallCaps)
        {
            Tag("<span style=\"font-variant:normal;\">", closers);
            inSmallCaps = false;
        }

        Tag(d.TextDecoration == "underline" ? "<span style=\"text-decoration:underline;\">" : d.TextDecoration == "none" ? "<span style=\"text-decoration:none;\">" : null, closers);
        Tag(d.VerticalAlign == "sup" ? "<sup>" : d.VerticalAlign == "sub" ? "<sub>" : d.VerticalAlign == "baseline" ? "<span style=\"baseline\">" : null, closers);
    }

    private void Tag(string? open, Stack<string> closers)
    {
        if (open is null)
        {
            return;
        }

        if (classes && open.StartsWith("<span style=\"", StringComparison.Ordinal))
        {
            open = ClassFor(open);
        }

        Markup(open);
        closers.Push(open.StartsWith("<span", StringComparison.Ordinal) ? "</span>" : "</" + open[1..]);
    }

    /// <summary>
    /// A styled span as a class: "font-variant:small-caps;" as class="csl-small-caps", "font-style:normal;" as
    /// class="csl-font-style-normal". The spans <see cref="Open"/> writes are named here; any other is worked out.
    /// </summary>
    internal static string ClassFor(string open) => open switch
    {
        "<span style=\"font-variant:small-caps;\">" => "<span class=\"csl-small-caps\">",
        "<span style=\"font-style:normal;\">" => "<span class=\"csl-font-style-normal\">",
        "<span style=\"font-weight:normal;\">" => "<span class=\"csl-font-weight-normal\">",
        "<span style=\"font-variant:normal;\">" => "<span class=\"csl-font-variant-normal\">",
        _ => WorkedOutClass(open),
    };

    internal static string WorkedOutClass(string open)
    {
        var declaration = open["<span style=\"".Length..^2].TrimEnd(';');
        var name = declaration.Contains(':') ? declaration.Split(':')[1] is "small-caps" ? "small-caps" : declaration.Replace(':', '-') : declaration;
        return $"<span class=\"csl-{name}\">";
    }

    private void Markup(string? tag)
    {
        if (tag is not null)
        {
            text.Append(tag);
        }
    }

    /// <summary>Appends visible text, collapsing punctuation where two pieces meet.</summary>
    private void Append(string? value, bool movable = true, bool yields = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (plain.Length > 0)
        {
            var last = plain[^1];
            var next = value[0];
            var meeting = Punctuation.Contains(next) && Punctuation.Contains(last) ? Meet(last, next)
                : Punctuation.Contains(next) && last is '”' or '’' && locale.PunctuationInQuote && QuotedEnd() is { } inner && Meet(inner, next) == Meeting.First ? Meeting.First
                : Meeting.Both; // "“exclamation!”" + ":" is "“exclamation!”": the mark inside the quotes decides
            if (meeting == Meeting.Both && yields && next == ';' && last == ',')
            {
                meeting = Meeting.First;
            }

            if (meeting == Meeting.First)
            {
                value = value[1..];
            }
            else if (meeting == Meeting.Second && text.Length > 0 && text[^1] == last)
            {
                text.Length--;
                plain.Length--;
                if (MovesInsideQuote(next, movable) && plain.Length > 0 && plain[^1] is '”' or '’' && MoveInsideQuote(next))
                {
                    value = value[1..]; // "“colon”:" + "!" is "“colon!”"
                }
            }
            else if (",;:.".Contains(next) && plain.Length >= 2 && last == ' ' && ",;:".Contains(plain[^2]) && text.Length >= 2 && text[^1] == ' ' && text[^2] == plain[^2])
            {
                // a delimiter followed by punctuation gives way to it: "2000; " + ", and" is "2000, and"
                plain.Length -= 2;
                text.Length -= 2;
            }
            else if (next == ' ' && last == ' ')
            {
                value = value[1..];
            }
            else if (MovesInsideQuote(next, movable) && last is '”' or '’' && MoveInsideQuote(next))
            {
                value = value[1..];
            }

            if (value.Length == 0)
            {
                return;
            }
        }

        plain.Append(value);
        text.Append(html ? Escape(value, classes) : value);
    }

    private enum Meeting
    {
        Both,
        First,
        Second,
    }

    /// <summary>
    /// When one piece ends with punctuation and the next begins with it, which survives: the same mark once; a colon
    /// or period after ; ! ? (or a period after a colon) gives way; ! and ? replace a colon or semicolon; other pairs
    /// ("period.;", "comma,.") both stay.
    /// </summary>
    private static Meeting Meet(char last, char next) => (last, next) switch
    {
        _ when last == next => Meeting.First,
        (';' or '!' or '?', ':') => Meeting.First,
        (':' or ';' or '!' or '?', '.') => Meeting.First,
        (':' or ';', '!' or '?') => Meeting.Second,
        _ => Meeting.Both,
    };

    /// <summary>The punctuation mark just inside the closing quotation marks that end the text so far, if there is one.</summary>
    private char? QuotedEnd()
    {
        var at = plain.Length - 1;
        while (at >= 0 && plain[at] is '”' or '’')
        {
            at--;
        }

        return at >= 0 && at < plain.Length - 1 && Punctuation.Contains(plain[at]) ? plain[at] : null;
    }

    /// <summary>Whether a mark goes inside a closing quotation mark before it: with the locale's punctuation-in-quote, a period, comma, exclamation or question mark.</summary>
    private bool MovesInsideQuote(char mark, bool movable) => movable && mark is '.' or ',' or '!' or '?' && locale.PunctuationInQuote;

    /// <summary>Puts a period or comma before the closing quotation mark that ends the text so far (tags after it aside).</summary>
    private bool MoveInsideQuote(char mark)
    {
        var quote = plain[^1];
        var at = text.Length - 1;
        while (at >= 0 && text[at] == '>')
        {
            var open = text.ToString().LastIndexOf('<', at);
            if (open < 0)
            {
                return false;
            }

            at = open - 1;
        }

        if (at < 0 || text[at] != quote)
        {
            return false;
        }

        // inside every quotation mark that closes here: “This is ‘The One.’”
        var plainAt = plain.Length - 1;
        while (at > 0 && plainAt > 0 && text[at - 1] is '”' or '’' && plain[plainAt - 1] == text[at - 1])
        {
            at--;
            plainAt--;
        }

        if (plainAt >= 1 && Punctuation.Contains(plain[plainAt - 1]))
        {
            // the mark meets the punctuation that ends the quotation: "Article A?" takes no period, "comma," no second comma
            switch (Meet(plain[plainAt - 1], mark))
            {
                case Meeting.First:
                    return true;
                case Meeting.Second when text[at - 1] == plain[plainAt - 1]: // not across a tag that closes inside the quotes
                    text.Remove(at - 1, 1);
                    plain.Remove(plainAt - 1, 1);
                    at--;
                    plainAt--;
                    break;
            }
        }

        text.Insert(at, mark);
        plain.Insert(plainAt, mark);
        return true;
    }

    private static bool HasSuperscript(string text) => text.AsSpan().ContainsAny(Superscripts);

    /// <summary>Every character <see cref="IsSuperscript"/> takes, for one vectorised search of a text.</summary>
    private static readonly System.Buffers.SearchValues<char> Superscripts = System.Buffers.SearchValues.Create(AllSuperscripts());

    private static string AllSuperscripts()
    {
        var all = new StringBuilder();
        for (var c = '\u00A0'; c < '\u3200'; c++)
        {
            if (IsSuperscript(c))
            {
                all.Append(c);
            }
        }

        return all.ToString();
    }

    /// <summary>
    /// Whether a character is one of Unicode's superscripts (ª º ¹ ² ³, ʰ ʳ, ᵉ, ⁿ …), which citeproc processors write
    /// as &lt;sup&gt; around the plain letter (1ᵉʳ as 1&lt;sup&gt;e&lt;/sup&gt;&lt;sup&gt;r&lt;/sup&gt;).
    /// </summary>
    private static bool IsSuperscript(char c) =>
        c is 'ª' or 'º' or '²' or '³' or '¹' or '\u2120' or '\u2122' or 'ˀ' or 'ˁ' or 'ۥ' or 'ۦ' || c is >= '\u3192' and <= '\u319F' || c is >= '\u02B0' and <= '\u02B8' || c is >= '\u02E0' and <= '\u02E4'
        || c is >= '\u1D2C' and <= '\u1D6A' || c is >= '\u1D9B' and <= '\u1DBF' || c is >= '\u2070' and <= '\u207F';

    /// <summary>The letter a superscript raises; a few have no compatibility decomposition and are named here.</summary>
    private static string Plain(char c) => c switch
    {
        'ˀ' => "ʔ",
        'ˁ' => "ʕ",
        'ۥ' => "و",
        'ۦ' => "ي",
        _ => c.ToString().Normalize(NormalizationForm.FormKC),
    };

    /// <summary>HTML text: numeric references as citeproc writes them, or the named ones a web page uses.</summary>
    private static string Escape(string value, bool named)
    {
        var escaped = value.AsSpan().IndexOfAny('&', '<', '>') < 0 ? value
            : named ? value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            : value.Replace("&", "&#38;").Replace("<", "&#60;").Replace(">", "&#62;");
        if (!HasSuperscript(escaped))
        {
            return escaped;
        }

        var text = new StringBuilder(escaped.Length + 16);
        foreach (var c in escaped)
        {
            text.Append(IsSuperscript(c) ? $"<sup>{Plain(c)}</sup>" : c);
        }

        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("(<div class=\"csl-block\">.*?</div>)")]
    private static partial System.Text.RegularExpressions.Regex BlockEnd();

    [System.Text.RegularExpressions.GeneratedRegex("( +)</div>$")]
    private static partial System.Text.RegularExpressions.Regex TrailingSpaceInColumn();
}
