using Markdig.Helpers;
using Markdig.Syntax;

namespace SiteBuilder.Markdown;

/// <summary>
/// Gives the links, images and headings an author writes as raw HTML in Markdown (<c>&lt;a href&gt;</c>,
/// <c>&lt;img src&gt;</c>, <c>&lt;h4&gt;</c>) their line and column, as Markdown's own get them: each such start tag carries
/// <see cref="SourcePositionAttribute"/> into the page, so a finding about it is reported where it was written,
/// not blamed on the templates. Comments and the text of scripts and styles are left as they are.
/// </summary>
internal static class RawHtmlPositions
{
    /// <summary>An inline tag (one tag of raw HTML within a paragraph), marked when it is one the checks read.</summary>
    public static string Mark(string tag, int line, int column) => Insert(tag, 0) is { } at ? Marked(tag, at, line, column) : tag;

    /// <summary>Each such start tag of an HTML block, on the line and at the column where it begins.</summary>
    public static void Mark(HtmlBlock block)
    {
        var lines = block.Lines.Lines;
        var state = Scan.Markup;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var text = lines[i].Slice.ToString();
            var marked = MarkLine(text, lines[i].Line + 1, lines[i].Column + 1, ref state);
            if (!ReferenceEquals(marked, text))
            {
                lines[i].Slice = new StringSlice(marked);
            }
        }
    }

    private enum Scan
    {
        Markup,
        Comment,
        Script,
        Style,
    }

    private static string MarkLine(string text, int line, int firstColumn, ref Scan state)
    {
        List<(int At, int Column)>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            switch (state)
            {
                case Scan.Comment:
                    var close = text.IndexOf("-->", i, StringComparison.Ordinal);
                    (state, i) = close < 0 ? (Scan.Comment, text.Length) : (Scan.Markup, close + 3);
                    continue;
                case Scan.Script or Scan.Style:
                    var end = text.IndexOf(state == Scan.Script ? "</script" : "</style", i, StringComparison.OrdinalIgnoreCase);
                    (state, i) = end < 0 ? (state, text.Length) : (Scan.Markup, end + 2);
                    continue;
            }

            var lt = text.IndexOf('<', i);
            if (lt < 0)
            {
                break;
            }

            if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
            {
                (state, i) = (Scan.Comment, lt + 4);
                continue;
            }

            if (Insert(text, lt) is { } at)
            {
                (found ??= []).Add((at, firstColumn + lt));
            }

            state = NameIs(text, lt + 1, "script") ? Scan.Script : NameIs(text, lt + 1, "style") ? Scan.Style : Scan.Markup;
            i = lt + 1;
        }

        if (found is null)
        {
            return text;
        }

        for (var k = found.Count - 1; k >= 0; k--)
        {
            text = Marked(text, found[k].At, line, found[k].Column);
        }

        return text;
    }

    /// <summary>
    /// Where the attribute goes (just after the tag's name) when the start tag at <paramref name="lt"/> is one whose URL
    /// the checks read (a, link, script, img, source), a heading, or any element with an id, and has no position yet;
    /// null otherwise.
    /// </summary>
    private static int? Insert(string text, int lt)
    {
        if (lt >= text.Length || text[lt] != '<')
        {
            return null;
        }

        var close = text.IndexOf('>', lt);
        var rest = close < 0 ? text.AsSpan(lt) : text.AsSpan(lt, close - lt);
        if (rest.Length < 2 || !char.IsAsciiLetter(rest[1]) || rest.Contains(SourcePositionAttribute.Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)["a", "img", "link", "script", "source", "h1", "h2", "h3", "h4", "h5", "h6"])
        {
            if (NameIs(text, lt + 1, name))
            {
                return lt + 1 + name.Length;
            }
        }

        // any other element with an id: a repeated id is reported where it was written
        var length = 1;
        while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] == '-'))
        {
            length++;
        }

        return HasIdAttribute(rest[length..]) ? lt + length : null;
    }

    /// <summary>Whether a tag's attributes (the text after its name) include an id: " id=" in any case, after a space.</summary>
    private static bool HasIdAttribute(ReadOnlySpan<char> attributes)
    {
        for (var at = attributes.IndexOf("id", StringComparison.OrdinalIgnoreCase); at >= 0; at = Next(attributes, at))
        {
            var before = at > 0 && char.IsWhiteSpace(attributes[at - 1]);
            var after = attributes[(at + 2)..].TrimStart();
            if (before && after.Length > 0 && after[0] == '=')
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> text, int from) => text[(from + 2)..].IndexOf("id", StringComparison.OrdinalIgnoreCase) is var next and >= 0 ? from + 2 + next : -1;
    }

    /// <summary>Whether a tag name starts at <paramref name="at"/>: the name in any case, then a space, a slash or the tag's end.</summary>
    private static bool NameIs(string text, int at, string name) =>
        at + name.Length <= text.Length && string.Compare(text, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + name.Length == text.Length || text[at + name.Length] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>');

    private static string Marked(string text, int at, int line, int column) =>
        string.Concat(text.AsSpan(0, at), $" {SourcePositionAttribute.Name}=\"{SourcePositionAttribute.Format(line, column)}\"", text.AsSpan(at));
}
