namespace SiteBuilder.Output;

/// <summary>
/// Reads one start tag (<c>&lt;name attr="v" …&gt;</c>) from HTML text, as the HTML tokenizer does for the
/// markup templates and Markdown produce: quoted, unquoted and bare attributes, any case.
/// </summary>
public static class HtmlStartTagReader
{
    /// <summary>The tag starting at <paramref name="start"/> (a '&lt;' followed by a letter) and the index just past its '&gt;', or null when the tag never ends.</summary>
    public static (HtmlStartTag Tag, int End)? Read(ReadOnlySpan<char> html, int start)
    {
        var i = start + 1;
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var name = Name(html.Slice(nameStart, i - nameStart));
        var attributes = new List<HtmlAttribute>();
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
                return (new HtmlStartTag(name, attributes, selfClosing), i + 1);
            }

            if (html[i] == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }

            i = ReadAttribute(html, i, attributes);
        }

        return null;
    }

    private static int ReadAttribute(ReadOnlySpan<char> html, int i, List<HtmlAttribute> attributes)
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
            attributes.Add(new HtmlAttribute(name, null));
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
            var close = html[(i + 1)..].IndexOf(quote);
            var end = close < 0 ? html.Length : i + 1 + close;
            attributes.Add(new HtmlAttribute(name, html[(i + 1)..end].ToString()));
            return Math.Min(html.Length, end + 1);
        }

        var valueStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        attributes.Add(new HtmlAttribute(name, html[valueStart..i].ToString()));
        return i;
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
        _ => name.ToString().ToLowerInvariant(),
    };

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';
}
