using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;
using YamlDotNet.Core;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Reads the block-style YAML that reference libraries are written in straight into <see cref="BibNode"/>s, without
/// YamlDotNet's scanner and parser: nested mappings and lists by indentation ("- id: …", "author:" over a list of
/// names), each value on its own line as a plain, single-quoted or escape-free double-quoted scalar, or a flow list
/// of them, nested or not ("[[2008, 5]]"), between an optional "---" and "...". Anything else (a comment after a
/// value, a value over several lines, an empty value, a flow mapping, an anchor, an alias, a tag, a repeated key, a
/// tab) gives null, and YamlDotNet reads the text instead: this reader never reports, so every message about YAML
/// still comes from one parser. The nodes and their places are the ones YamlDotNet's events give (a test holds the
/// two to the same trees). Parsing was the largest part of loading a 50,000-entry library.
/// </summary>
internal sealed class BlockYamlBibReader
{
    private readonly YamlSource source;
    private readonly string text;
    private readonly List<Line> lines;
    private int next;

    private BlockYamlBibReader(YamlSource source, List<Line> lines)
    {
        this.source = source;
        text = source.Text;
        this.lines = lines;
    }

    /// <summary>A line with content: where it starts in the text, its indentation, where its content ends (trailing spaces cut), its number.</summary>
    private readonly record struct Line(int Start, int Indent, int End, int Number)
    {
        public int ContentStart => Start + Indent;
    }

    /// <summary>The document's value, or null when the text is empty or not in the subset this reader takes.</summary>
    public static BibNode? TryRead(YamlSource source)
    {
        if (!PlainYamlEvents.OnlyPlainCharacters(source.Text) || Lines(source.Text) is not { Count: > 0 } lines)
        {
            return null;
        }

        var reader = new BlockYamlBibReader(source, lines);
        var root = reader.Block(lines[0].Indent);
        return reader.next == lines.Count ? root : null;
    }

    /// <summary>The lines with content, without blank lines, comment lines and the document's markers; null for a shape this reader does not take.</summary>
    private static List<Line>? Lines(string text)
    {
        var lines = new List<Line>(text.Length / 24);
        var ended = false;
        var number = 1;
        for (var start = 0; start < text.Length; number++)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var content = text.AsSpan(start, end - start).TrimEnd(' ');
            var indent = content.Length - content.TrimStart(' ').Length;
            if (content.Length > indent && content[indent] != '#')
            {
                if (ended)
                {
                    return null; // another document after the end marker
                }

                if (indent == 0 && content.StartsWith("---") && (content.Length == 3 || content[3] == ' '))
                {
                    if (lines.Count > 0 || content.Length > 3)
                    {
                        return null; // a second document, or a value on the marker's line
                    }
                }
                else if (indent == 0 && content.StartsWith("..."))
                {
                    if (content.Length > 3 || lines.Count == 0)
                    {
                        return null;
                    }

                    ended = true;
                }
                else
                {
                    lines.Add(new Line(start, indent, start + content.Length, number));
                }
            }

            start = end + 1;
        }

        return lines;
    }

    private SourceLocation At(Line line, int column) => source.At(new Mark(0, line.Number, column + 1));

    private ReadOnlySpan<char> Content(Line line, int from) => text.AsSpan(from, line.End - from);

    private static bool IsItem(ReadOnlySpan<char> content) => content.Length > 0 && content[0] == '-' && (content.Length == 1 || content[1] == ' ');

    /// <summary>The block node whose first line is the next one, at <paramref name="indent"/>: a list or a mapping.</summary>
    private BibNode? Block(int indent)
    {
        var line = lines[next];
        return IsItem(Content(line, line.ContentStart)) ? Sequence(indent) : Mapping(line.ContentStart, indent);
    }

    /// <summary>A block list whose items start with "- " at <paramref name="indent"/>.</summary>
    private BibList? Sequence(int indent)
    {
        var first = lines[next];
        var items = new List<BibNode>();
        while (next < lines.Count && lines[next].Indent == indent && IsItem(Content(lines[next], lines[next].ContentStart)))
        {
            var line = lines[next];
            var after = line.ContentStart + 1;
            while (after < line.End && text[after] == ' ')
            {
                after++;
            }

            var rest = Content(line, after);
            if (rest.IsEmpty || IsItem(rest))
            {
                return null; // an item on the lines below, or a list in a list
            }

            BibNode? item;
            if (IsKey(rest))
            {
                item = Mapping(after, after - line.Start);
            }
            else
            {
                item = Value(line, after);
                next++;
                if (item is not null && next < lines.Count && lines[next].Indent > indent)
                {
                    return null; // a value continued on the next line
                }
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return next < lines.Count && lines[next].Indent > indent ? null : new BibList(items, At(first, indent));
    }

    /// <summary>
    /// A block mapping whose first key starts at <paramref name="firstKey"/> in the text (after a list item's "- ", or
    /// at its line's indentation), and whose other keys start their lines at <paramref name="indent"/>.
    /// </summary>
    private BibMap? Mapping(int firstKey, int indent)
    {
        var first = lines[next];
        var entries = new List<BibEntry>();
        var keyStart = firstKey;
        while (true)
        {
            var line = lines[next];
            var content = Content(line, keyStart);
            var length = PlainYamlEvents.KeyLength(content);
            if (length <= 0 || (length + 1 < content.Length && content[length + 1] != ' '))
            {
                return null;
            }

            var key = Key(content[..length]);
            foreach (var entry in entries)
            {
                if (entry.Key == key)
                {
                    return null; // YamlDotNet's error, not ours
                }
            }

            var keyAt = At(line, keyStart - line.Start);
            var valueStart = keyStart + length + 1;
            while (valueStart < line.End && text[valueStart] == ' ')
            {
                valueStart++;
            }

            BibNode? value;
            next++;
            if (valueStart < line.End)
            {
                value = Value(line, valueStart);
                if (next < lines.Count && lines[next].Indent > indent)
                {
                    return null; // a value continued on the next line
                }
            }
            else if (next < lines.Count && lines[next].Indent > indent)
            {
                value = Block(lines[next].Indent);
            }
            else if (next < lines.Count && lines[next].Indent == indent && IsItem(Content(lines[next], lines[next].ContentStart)))
            {
                value = Sequence(indent); // a list at its key's own indentation, as YAML allows under a key
            }
            else
            {
                return null; // an empty value: YamlDotNet's to read
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new BibEntry(key, keyAt, value));
            if (next >= lines.Count || lines[next].Indent < indent)
            {
                break;
            }

            if (lines[next].Indent > indent || IsItem(Content(lines[next], lines[next].ContentStart)))
            {
                return null;
            }

            keyStart = lines[next].ContentStart;
        }

        return new BibMap(entries, At(first, firstKey - first.Start));
    }

    private static bool IsKey(ReadOnlySpan<char> content)
    {
        var length = PlainYamlEvents.KeyLength(content);
        return length > 0 && (length + 1 == content.Length || content[length + 1] == ' ');
    }

    /// <summary>A value written after its key or its item marker, to the end of its line: a scalar, or a flow list.</summary>
    private BibNode? Value(Line line, int start)
    {
        var value = Content(line, start);
        if (value[0] != '[')
        {
            return PlainYamlEvents.TryScalar(value, inFlow: false, out var scalar, out var style)
                ? new BibScalar(scalar, style != ScalarStyle.Plain, At(line, start - line.Start))
                : null;
        }

        var at = start;
        var list = FlowList(line, ref at);
        return at == line.End ? list : null;
    }

    /// <summary>A flow list starting at <paramref name="at"/> (its '['), of scalars and flow lists; <paramref name="at"/> ends past its ']'.</summary>
    private BibList? FlowList(Line line, ref int at)
    {
        var open = at;
        var items = new List<BibNode>();
        at++;
        SkipSpaces(line, ref at);
        if (at < line.End && text[at] == ']')
        {
            at++;
            return new BibList(items, At(line, open - line.Start));
        }

        while (at < line.End)
        {
            BibNode? item;
            if (text[at] == '[')
            {
                item = FlowList(line, ref at);
            }
            else
            {
                var end = FlowScalarEnd(line, at);
                var value = text.AsSpan(at, end - at).TrimEnd(' ');
                item = value.Length > 0 && PlainYamlEvents.TryScalar(value, inFlow: true, out var scalar, out var style)
                    ? new BibScalar(scalar, style != ScalarStyle.Plain, At(line, at - line.Start))
                    : null;
                at = end;
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipSpaces(line, ref at);
            if (at >= line.End)
            {
                return null;
            }

            if (text[at] == ']')
            {
                at++;
                return new BibList(items, At(line, open - line.Start));
            }

            if (text[at] != ',')
            {
                return null;
            }

            at++;
            SkipSpaces(line, ref at);
        }

        return null; // never closed on its line
    }

    /// <summary>Where a scalar in a flow list ends: at the ',' or ']' after it (a quoted one's quotes are taken whole), or the line's end.</summary>
    private int FlowScalarEnd(Line line, int at)
    {
        var quote = text[at];
        if (quote is '"' or '\'')
        {
            var close = text.AsSpan(at + 1, line.End - at - 1).IndexOf(quote);
            at = close < 0 ? line.End : at + 2 + close;
        }

        var end = text.AsSpan(at, line.End - at).IndexOfAny(',', ']');
        return end < 0 ? line.End : at + end;
    }

    private void SkipSpaces(Line line, ref int at)
    {
        while (at < line.End && text[at] == ' ')
        {
            at++;
        }
    }

    /// <summary>A key as a string, the same one for the keys every item repeats.</summary>
    private static string Key(ReadOnlySpan<char> key) => key switch
    {
        "id" => "id", "type" => "type", "title" => "title", "author" => "author", "editor" => "editor", "family" => "family",
        "given" => "given", "issued" => "issued", "date-parts" => "date-parts", "container-title" => "container-title",
        "publisher" => "publisher", "publisher-place" => "publisher-place", "volume" => "volume", "issue" => "issue",
        "page" => "page", "DOI" => "DOI", "URL" => "URL", "ISBN" => "ISBN", "edition" => "edition", "annote" => "annote",
        "reading" => "reading", "theme" => "theme", "order" => "order", "pages" => "pages", "note" => "note",
        "language" => "language", "accessed" => "accessed", "literal" => "literal", "abstract" => "abstract",
        "keyword" => "keyword", "references" => "references", "collection-title" => "collection-title",
        _ => key.ToString(),
    };
}
