namespace SiteBuilder.Output;

/// <summary>
/// Reads one start tag (<c>&lt;name attr="v" …&gt;</c>) from HTML text, as the HTML tokenizer does for the
/// markup templates and Markdown produce: quoted, unquoted and bare attributes, any case.
/// </summary>
public static class HtmlStartTagReader
{
    /// <summary>The tag starting at <paramref name="start"/> (a '&lt;' followed by a letter) and the index just past its '&gt;', or null when the tag never ends.</summary>
    /// <param name="reuse">A tag to read into instead of a new one (a hot loop's scratch tag, read again for every tag).</param>
    public static (HtmlStartTag Tag, int End)? Read(ReadOnlySpan<char> html, int start, HtmlStartTag? reuse = null) =>
        Read(html, default, false, start, reuse);

    /// <summary>
    /// As <see cref="Read(ReadOnlySpan{char}, int, HtmlStartTag?)"/>, the attribute values kept as slices of
    /// <paramref name="html"/> until asked for: the text must not change while the tag is read from.
    /// </summary>
    public static (HtmlStartTag Tag, int End)? Read(ReadOnlyMemory<char> html, int start, HtmlStartTag? reuse = null) =>
        Read(html.Span, html, true, start, reuse);

    private static (HtmlStartTag Tag, int End)? Read(ReadOnlySpan<char> html, ReadOnlyMemory<char> memory, bool slices, int start, HtmlStartTag? reuse)
    {
        var i = start + 1;
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var name = Name(html.Slice(nameStart, i - nameStart));
        var attributes = reuse?.Attributes ?? [];
        attributes.Clear();
        var selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return null;
            }

            if (html[i] == '>')
            {
                return (reuse?.Reset(name, selfClosing) ?? new HtmlStartTag(name, attributes, selfClosing), i + 1);
            }

            if (html[i] == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }

            i = ReadAttribute(html, memory, slices, i, attributes);
        }

        return null;
    }

    private static int ReadAttribute(ReadOnlySpan<char> html, ReadOnlyMemory<char> memory, bool slices, int i, List<HtmlAttribute> attributes)
    {
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
        {
            i++;
        }

        var name = Name(html.Slice(nameStart, i - nameStart));
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '=')
        {
            attributes.Add(new HtmlAttribute(name, (string?)null));
            return i;
        }

        i++;
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i < html.Length && html[i] is '"' or '\'')
        {
            var quote = html[i];
            var end = ClosingQuote(html, i + 1, quote);
            attributes.Add(slices ? new HtmlAttribute(name, memory[(i + 1)..end]) : new HtmlAttribute(name, html[(i + 1)..end].ToString()));
            return Math.Min(html.Length, end + 1);
        }

        var valueStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        attributes.Add(slices ? new HtmlAttribute(name, memory[valueStart..i]) : new HtmlAttribute(name, html[valueStart..i].ToString()));
        return i;
    }

    /// <summary>
    /// Where the quoted value starting at <paramref name="from"/> ends (its closing quote), or the text's end. Most
    /// values are a few characters long: they are read a character at a time, where a vectorised search would cost
    /// more to start than to finish; a long one is searched.
    /// </summary>
    private static int ClosingQuote(ReadOnlySpan<char> html, int from, char quote)
    {
        var shortEnd = Math.Min(html.Length, from + 16);
        for (var i = from; i < shortEnd; i++)
        {
            if (html[i] == quote)
            {
                return i;
            }
        }

        if (shortEnd == html.Length)
        {
            return html.Length;
        }

        var close = html[shortEnd..].IndexOf(quote);
        return close < 0 ? html.Length : shortEnd + close;
    }

    /// <summary>A tag or attribute name in lower case, without allocating for the names pages use most.</summary>
    public static string Name(ReadOnlySpan<char> name) => name switch
    {
        "a" => "a", "p" => "p", "li" => "li", "ul" => "ul", "ol" => "ol", "div" => "div", "span" => "span",
        "em" => "em", "strong" => "strong", "i" => "i", "b" => "b", "h1" => "h1", "h2" => "h2", "h3" => "h3", "h4" => "h4",
        "section" => "section", "article" => "article", "nav" => "nav", "main" => "main", "head" => "head", "meta" => "meta",
        "link" => "link", "script" => "script", "img" => "img", "blockquote" => "blockquote", "sup" => "sup", "code" => "code",
        "href" => "href", "src" => "src", "id" => "id", "class" => "class", "rel" => "rel", "content" => "content", "name" => "name",
        "property" => "property", "data-ref" => "data-ref", "data-sb-src" => "data-sb-src", "aria-label" => "aria-label",
        "aria-labelledby" => "aria-labelledby", "title" => "title", "type" => "type", "lang" => "lang", "alt" => "alt",
        "header" => "header", "footer" => "footer", "html" => "html", "body" => "body", "time" => "time", "pre" => "pre",
        "hr" => "hr", "br" => "br", "details" => "details", "summary" => "summary", "figure" => "figure", "table" => "table",
        "tr" => "tr", "td" => "td", "th" => "th", "download" => "download", "aria-current" => "aria-current",
        "aria-hidden" => "aria-hidden", "media" => "media", "charset" => "charset", "tabindex" => "tabindex",
        "data-cites" => "data-cites", "data-locator" => "data-locator", "datetime" => "datetime", "role" => "role",
        _ => Lower(name),
    };

    private static string Lower(ReadOnlySpan<char> name) =>
        name.ContainsAnyInRange('A', 'Z') ? name.ToString().ToLowerInvariant() : name.ToString();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' && c is ' ' or '\n' or '\t' or '\r' or '\f';
}
