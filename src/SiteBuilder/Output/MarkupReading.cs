using System.Runtime.InteropServices;
using System.Text;
using SiteBuilder.Markdown;
using SiteBuilder.Templates;

namespace SiteBuilder.Output;

/// <summary>
/// The rewriter's reading of a template's stretch (<see cref="MarkupRun"/>) from one piece of text, each value in it
/// taken as one letter: the tags it would take as <see cref="PageScan"/> does, and where it must read them on the page.
/// </summary>
internal sealed class MarkupReading
{
    private const string Value = "x";

    private readonly string text;
    private readonly int first;
    private readonly List<int> starts = [];
    private readonly List<bool> values = [];

    private MarkupReading(IReadOnlyList<string?> texts, int first)
    {
        this.first = first;
        var joined = new StringBuilder();
        for (var i = first; i < texts.Count; i++)
        {
            starts.Add(joined.Length);
            values.Add(texts[i] is null);
            joined.Append(texts[i] ?? Value);
        }

        text = joined.ToString();
    }

    /// <summary>The stretch's markup from the start of its piece <paramref name="first"/> (see <see cref="MarkupReader"/>).</summary>
    public static MarkupToken[] Read(IReadOnlyList<string?> texts, int first) => new MarkupReading(texts, first).Tokens();

    private MarkupToken[] Tokens()
    {
        var tokens = new List<MarkupToken>();
        var i = 0;
        while (i < text.Length && text.IndexOf('<', i) is var lt and >= 0 && lt + 1 < text.Length && !HasValue(lt + 1, lt + 2))
        {
            var (token, end) = At(lt);
            if (end < 0)
            {
                break; // what the pass makes of it depends on what comes after the stretch, or on a value
            }

            if (token is not null)
            {
                tokens.Add(token);
            }

            i = end;
        }

        return [.. tokens];
    }

    /// <summary>The token at <paramref name="lt"/> and the index past it (no token for a '&lt;' that is text); -1 where reading stops.</summary>
    private (MarkupToken? Token, int End) At(int lt)
    {
        var next = text[lt + 1];
        if (text.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? (null, -1) : Read(lt, close + 3);
        }

        if (next == '/')
        {
            var nameEnd = lt + 2;
            while (nameEnd < text.Length && char.IsAsciiLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            var gt = nameEnd < text.Length && text[nameEnd] == '>' ? nameEnd : text.IndexOf('>', nameEnd);
            if (nameEnd >= text.Length || HasValue(lt + 2, nameEnd) || gt < 0)
            {
                return (null, -1);
            }

            var name = HtmlStartTagReader.Name(text.AsSpan(lt + 2, nameEnd - lt - 2));
            return name.Length == 0 ? Read(lt, gt + 1) : (new MarkupToken(MarkupToken.Kind.Close, Point(lt), Point(gt + 1)) { Name = name }, gt + 1);
        }

        if (next is '!' or '?')
        {
            var gt = text.IndexOf('>', lt);
            return gt < 0 ? (null, -1) : Read(lt, gt + 1);
        }

        if (!char.IsAsciiLetter(next))
        {
            return (null, lt + 1); // text, as the pass takes it
        }

        if (HtmlStartTagReader.Read(text.AsMemory(), lt) is not var (tag, end))
        {
            return (null, -1);
        }

        if (tag.HoldsRawText && !tag.SelfClosing)
        {
            // read on the page, which passes over the element's text: the token ends where that text does
            var close = RawTextEnd(tag.Name, end);
            return close < 0 ? (null, -1) : Read(lt, close);
        }

        return Start(tag, lt, end) is { } start ? (start, end) : Read(lt, end);
    }

    private (MarkupToken, int) Read(int start, int end) => (new MarkupToken(MarkupToken.Kind.Read, Point(start), Point(end)), end);

    /// <summary>A start tag the pass can take from here, or null for one it must read on the page.</summary>
    private MarkupToken? Start(HtmlStartTag tag, int lt, int end)
    {
        if (!ValuesQuoted(tag, lt, end) || tag.Has(SourcePositionAttribute.Name) || tag.Name == "img" || HtmlStartTag.HeadingLevel(tag.Name) > 0)
        {
            return null;
        }

        var token = new MarkupToken(MarkupToken.Kind.Open, Point(lt), Point(end))
        {
            Name = tag.Name,
            Void = tag.IsVoid,
            Main = tag.Name == "main",
            Prose = tag.HasClass("prose"),
        };
        if (tag.IndexOf("class") is var classAt and >= 0 && Spans(tag.Attributes[classAt]) is var (classFrom, classTo) && HasValue(classFrom, classTo))
        {
            token = token with { Class = (Point(classFrom), Point(classTo)) }; // whether it names "prose" is read on the page
        }

        if (tag.IndexOf("id") is var id and >= 0 && tag.Attributes[id].HasValue && Spans(tag.Attributes[id]) is var (idFrom, idTo))
        {
            token = token with { Id = (Point(idFrom), Point(idTo)) };
        }

        var linked = HtmlStartTag.LinkAttribute(tag.Name); // an img, whose src it has too, is read on the page (above)
        if (linked is not null && tag.IndexOf(linked) is var link and >= 0 && tag.Attributes[link].HasValue && Spans(tag.Attributes[link]) is var (linkFrom, linkTo))
        {
            token = token with { Link = (Point(linkFrom), Point(linkTo)), LinkInPlace = WrittenBackAlike(tag, linked, lt, end, linkFrom, linkTo) };
        }

        return token;
    }

    /// <summary>
    /// Whether the pass, writing the tag back with another address (<see cref="HtmlStartTag.WriteTo"/>), writes it
    /// as it stands but for the address: then it can put the address in place without writing the tag.
    /// </summary>
    private bool WrittenBackAlike(HtmlStartTag tag, string attribute, int lt, int end, int from, int to)
    {
        const string Address = "\uE000";
        tag.Set(attribute, Address);
        var written = new StringBuilder();
        tag.WriteTo(written);
        return written.ToString() == string.Concat(text.AsSpan(lt, from - lt), Address, text.AsSpan(to, end - to));
    }

    /// <summary>Whether every value within the tag stands inside one of its quoted attribute values.</summary>
    private bool ValuesQuoted(HtmlStartTag tag, int lt, int end)
    {
        for (var piece = 0; piece < starts.Count; piece++)
        {
            if (!values[piece] || starts[piece] < lt || starts[piece] >= end)
            {
                continue;
            }

            var inside = false;
            foreach (var attribute in tag.Attributes)
            {
                if (Spans(attribute) is var (from, to) && from <= starts[piece] && starts[piece] + Value.Length <= to
                    && text[from - 1] is '"' or '\'' && to < text.Length && text[to] == text[from - 1])
                {
                    inside = true;
                    break;
                }
            }

            if (!inside)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where an attribute's value lies in the text, or null for a bare attribute.</summary>
    private (int From, int To)? Spans(HtmlAttribute attribute) =>
        attribute.HasValue && MemoryMarshal.TryGetString(attribute.RawMemory, out _, out var start, out var length) ? (start, start + length) : null;

    /// <summary>Where the text of a script, style, textarea or title element ends, as the pass finds it; -1 if not in the stretch.</summary>
    private int RawTextEnd(string name, int from)
    {
        var at = from;
        while ((at = text.IndexOf("</", at, StringComparison.Ordinal)) >= 0)
        {
            if (HtmlStartTag.ClosesRawText(text.AsSpan(at + 2), name))
            {
                return HasValue(at, at + 2 + name.Length + 1) ? -1 : at;
            }

            at += 2;
        }

        return -1;
    }

    /// <summary>Whether any of the characters from <paramref name="from"/> to <paramref name="to"/> is a value's.</summary>
    private bool HasValue(int from, int to)
    {
        for (var piece = 0; piece < starts.Count; piece++)
        {
            if (values[piece] && starts[piece] < to && starts[piece] + Value.Length > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An index of the joined text as a piece and an offset in it.</summary>
    private MarkupPoint Point(int at)
    {
        var piece = starts.Count - 1;
        while (piece > 0 && starts[piece] > at)
        {
            piece--;
        }

        return new MarkupPoint(first + piece, at - starts[piece]);
    }
}
