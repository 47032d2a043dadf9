using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteBuilder.Yaml;

/// <summary>
/// The parsing events of the plainest YAML, read without YamlDotNet's scanner: what nearly all front matter is. A
/// mapping whose keys start their lines, each with a one-line value (a plain, single- or double-quoted scalar, or a
/// flow list of them) or a block list of such scalars, one item a line. Anything else, down to a comment after a
/// value or an escape in a double-quoted string, gives null, and YamlDotNet reads the text instead: this reader
/// never fails and never reports, so every message about YAML still comes from one parser. The events carry the
/// positions YamlDotNet would give (its 1-based lines and columns), and a test holds the two to the same tree.
/// </summary>
internal static class PlainYamlEvents
{
    /// <summary>The events of <paramref name="text"/>, or null when it is not in the plain subset.</summary>
    public static List<ParsingEvent>? TryRead(string text)
    {
        if (!OnlyPlainCharacters(text))
        {
            return null;
        }

        var events = new List<ParsingEvent>(32) { new StreamStart(Mark.Empty, Mark.Empty) };
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var mappingOpen = false;
        var line = 1;
        var index = 0;
        while (index < text.Length)
        {
            var end = LineEnd(text, index);
            var content = text.AsSpan(index, end - index);
            if (IsBlankOrComment(content))
            {
                (index, line) = (end + 1, line + 1);
                continue;
            }

            // an entry: "key:" at the start of its line, then its value on the line or a block list below it
            var colon = KeyLength(content);
            if (colon <= 0 || (colon + 1 < content.Length && content[colon + 1] != ' '))
            {
                return null;
            }

            var key = content[..colon].ToString();
            if (!keys.Add(key))
            {
                return null; // a repeated key: YamlDotNet's message for it, not ours
            }

            if (!mappingOpen)
            {
                events.Add(new DocumentStart(null, null, isImplicit: true, At(index, line, 1), At(index, line, 1)));
                events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, At(index, line, 1), At(index, line, 1)));
                mappingOpen = true;
            }

            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false, At(index, line, 1), At(index + colon, line, colon + 1)));
            var valueStart = colon + 1;
            while (valueStart < content.Length && content[valueStart] == ' ')
            {
                valueStart++;
            }

            var value = content[valueStart..].TrimEnd(' ');
            if (value.Length > 0)
            {
                if (!Value(value, index + valueStart, line, valueStart + 1, events) || ContinuesOnNextLine(text, end))
                {
                    return null;
                }

                (index, line) = (end + 1, line + 1);
                continue;
            }

            // nothing after the colon: a block list of scalars, one "- item" a line
            (index, line) = (end + 1, line + 1);
            if (!BlockList(text, ref index, ref line, events))
            {
                return null;
            }
        }

        if (!mappingOpen)
        {
            return null;
        }

        var last = At(text.Length, line, 1);
        events.Add(new MappingEnd(last, last));
        events.Add(new DocumentEnd(isImplicit: true, last, last));
        events.Add(new StreamEnd(last, last));
        return events;
    }

    /// <summary>A parser that replays events read before (for <c>YamlStream.Load</c>).</summary>
    public sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (next >= events.Count)
            {
                Current = null;
                return false;
            }

            Current = events[next++];
            return true;
        }
    }

    private static Mark At(int index, int line, int column) => new(index, line, column);

    /// <summary>Where the line starting at <paramref name="from"/> ends: at its line feed, or at the end of the text.</summary>
    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// Whether the text has none of the characters YAML reads as more than text: a carriage return, a tab, any other
    /// control character but the line feed, the Unicode line and paragraph separators and the next-line character
    /// (line breaks to YAML 1.1), a byte-order mark or a non-character (which YAML refuses). Nor surrogates: an emoji
    /// is read by YamlDotNet, whose columns are then the ones to trust.
    /// </summary>
    internal static bool OnlyPlainCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlankOrComment(ReadOnlySpan<char> content)
    {
        var trimmed = content.TrimStart(' ');
        return trimmed.Length == 0 || trimmed[0] == '#';
    }

    /// <summary>The length of the key before its colon, or 0 when the line does not start with a plain key and a colon.</summary>
    internal static int KeyLength(ReadOnlySpan<char> content)
    {
        if (content.Length == 0 || !(char.IsAsciiLetterOrDigit(content[0]) || content[0] == '_'))
        {
            return 0;
        }

        var i = 1;
        while (i < content.Length && (char.IsAsciiLetterOrDigit(content[i]) || content[i] is '_' or '-'))
        {
            i++;
        }

        // YAML allows an implicit key of at most 1,024 characters; a longer one is YamlDotNet's to refuse
        return i < content.Length && content[i] == ':' && i <= 1000 ? i : 0;
    }

    /// <summary>Whether the line after a one-line value is indented (a continuation, or a list under a value): not plain.</summary>
    private static bool ContinuesOnNextLine(string text, int end)
    {
        var next = end + 1;
        while (next < text.Length)
        {
            var lineEnd = LineEnd(text, next);
            var content = text.AsSpan(next, lineEnd - next);
            if (content.Trim(' ').Length > 0)
            {
                return content[0] == ' ' || content[0] == '-';
            }

            next = lineEnd + 1;
        }

        return false;
    }

    /// <summary>The items under a key, each "- scalar" at one indentation; false when the lines are anything else.</summary>
    private static bool BlockList(string text, ref int index, ref int line, List<ParsingEvent> events)
    {
        var indent = -1;
        var items = 0;
        while (index < text.Length)
        {
            var end = LineEnd(text, index);
            var content = text.AsSpan(index, end - index);
            if (content.Trim(' ').Length == 0)
            {
                (index, line) = (end + 1, line + 1);
                continue;
            }

            var dash = content.Length - content.TrimStart(' ').Length;
            if (content[dash] != '-')
            {
                if (dash > 0)
                {
                    return false; // an indented line that is no item
                }

                break; // the next key
            }

            if ((indent >= 0 && dash != indent) || dash + 1 >= content.Length || content[dash + 1] != ' ')
            {
                return false;
            }

            if (indent < 0)
            {
                indent = dash;
                events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block, At(index + dash, line, dash + 1), At(index + dash, line, dash + 1)));
            }

            var valueStart = dash + 2;
            while (valueStart < content.Length && content[valueStart] == ' ')
            {
                valueStart++;
            }

            var value = content[valueStart..].TrimEnd(' ');
            if (value.Length == 0 || value[0] == '[' || !Value(value, index + valueStart, line, valueStart + 1, events))
            {
                return false;
            }

            items++;
            (index, line) = (end + 1, line + 1);
        }

        if (items == 0)
        {
            return false; // "key:" with nothing under it: a null, which YamlDotNet reads
        }

        var at = At(index, line, 1);
        events.Add(new SequenceEnd(at, at));
        return true;
    }

    /// <summary>A one-line value at <paramref name="index"/>: a scalar, or a flow list of scalars.</summary>
    private static bool Value(ReadOnlySpan<char> value, int index, int line, int column, List<ParsingEvent> events)
    {
        if (value[0] != '[')
        {
            return Scalar(value, index, line, column, inFlow: false, events);
        }

        if (value[^1] != ']')
        {
            return false;
        }

        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, At(index, line, column), At(index + 1, line, column + 1)));
        var inner = value[1..^1];
        var offset = 1;
        if (inner.Trim(' ').Length > 0)
        {
            while (true)
            {
                var comma = inner.IndexOf(',');
                var part = comma < 0 ? inner : inner[..comma];
                var lead = part.Length - part.TrimStart(' ').Length;
                var item = part.Trim(' ');
                if (item.Length == 0 || !Scalar(item, index + offset + lead, line, column + offset + lead, inFlow: true, events))
                {
                    return false;
                }

                if (comma < 0)
                {
                    break;
                }

                offset += comma + 1;
                inner = inner[(comma + 1)..];
            }
        }

        var close = value.Length - 1;
        events.Add(new SequenceEnd(At(index + close, line, column + close), At(index + close + 1, line, column + close + 1)));
        return true;
    }

    /// <summary>One scalar: double-quoted without escapes, single-quoted, or plain with no character YAML reads as syntax.</summary>
    private static bool Scalar(ReadOnlySpan<char> value, int index, int line, int column, bool inFlow, List<ParsingEvent> events)
    {
        if (!TryScalar(value, inFlow, out var text, out var style))
        {
            return false;
        }

        var start = At(index, line, column);
        var end = At(index + value.Length, line, column + value.Length);
        events.Add(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: style == ScalarStyle.Plain, isQuotedImplicit: style != ScalarStyle.Plain, start, end));
        return true;
    }

    /// <summary>
    /// The text of a scalar written on one line (<paramref name="value"/>, trimmed): double-quoted without escapes,
    /// single-quoted, or plain with no character YAML reads as syntax; false for anything else.
    /// </summary>
    internal static bool TryScalar(ReadOnlySpan<char> value, bool inFlow, out string text, out ScalarStyle style)
    {
        (text, style) = ("", ScalarStyle.Any);
        switch (value[0])
        {
            case '"':
                var body = value[1..];
                if (value.Length < 2 || value[^1] != '"' || body[..^1].IndexOfAny('"', '\\') >= 0 || (inFlow && body.IndexOfAny(',', '[', ']') >= 0))
                {
                    return false;
                }

                (text, style) = (body[..^1].ToString(), ScalarStyle.DoubleQuoted);
                break;
            case '\'':
                var quoted = value[1..];
                if (value.Length < 2 || value[^1] != '\'' || (inFlow && quoted.IndexOfAny(',', '[', ']') >= 0))
                {
                    return false;
                }

                var inside = quoted[..^1];
                for (var i = 0; i < inside.Length; i++)
                {
                    if (inside[i] == '\'' && (i + 1 >= inside.Length || inside[++i] != '\''))
                    {
                        return false; // a lone quote inside: not one scalar
                    }
                }

                (text, style) = (inside.ToString().Replace("''", "'", StringComparison.Ordinal), ScalarStyle.SingleQuoted);
                break;
            default:
                if (!IsPlain(value, inFlow))
                {
                    return false;
                }

                (text, style) = (value.ToString(), ScalarStyle.Plain);
                break;
        }

        return true;
    }

    /// <summary>A plain scalar that YAML reads as nothing but its text: no indicator first, no ": " or " #".</summary>
    private static bool IsPlain(ReadOnlySpan<char> value, bool inFlow)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) || value[^1] == ':')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((c == ':' && i + 1 < value.Length && value[i + 1] == ' ') || (c == '#' && value[i - 1] == ' ')
                || (inFlow && c is ',' or '[' or ']' or '{' or '}' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
