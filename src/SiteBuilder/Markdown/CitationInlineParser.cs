using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Markdown;

/// <summary>
/// Parses Pandoc citations: bracketed (<c>[see @a; @b, p. 3]</c>, <c>[-@a]</c>) and narrative (<c>@a</c>, <c>@a [p. 3]</c>).
/// Brackets that are not citations are left to the link parser.
/// </summary>
internal sealed class CitationInlineParser : InlineParser
{
    /// <summary>The key under which the parser context carries the path of the file being parsed.</summary>
    public const string PathKey = "sitebuilder.path";

    public CitationInlineParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        slice.CurrentChar == '[' ? MatchBracketed(processor, ref slice) : MatchNarrative(processor, ref slice);

    private static bool MatchBracketed(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf(']', start, slice.End - start + 1);
        if (close < 0 || text.IndexOf('@', start, close - start) < 0 || text.IndexOf('[', start + 1, close - start - 1) >= 0)
        {
            return false;
        }

        if (close + 1 <= slice.End && text[close + 1] is '(' or '[' or ':')
        {
            return false; // [@x](url) and [@x]: are links, as in Pandoc
        }

        var parsed = CitationSyntaxParser.ParseBracketed(text.Substring(start + 1, close - start - 1));
        if (parsed is null)
        {
            return false;
        }

        var items = parsed.Select(p => new CitationItem(p.Key, p.Prefix, p.Locator, p.Suffix, p.SuppressAuthor, Locate(processor, start + 1 + p.KeyOffset))).ToList();
        Emit(processor, ref slice, new Citation(items, Narrative: false), start, close + 1);
        return true;
    }

    private static bool MatchNarrative(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var previous = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(previous) || previous is '_' or '@')
        {
            return false; // an e-mail address or a handle inside a word
        }

        if (InsideLinkText(processor))
        {
            return false; // [@x](url) is a link whose text merely starts with '@'
        }

        var keyLength = CitationSyntaxParser.KeyLength(text.AsSpan(start + 1, slice.End - start));
        if (keyLength == 0)
        {
            return false;
        }

        var end = start + 1 + keyLength;
        Locator? locator = null;
        string? suffix = null;
        var bracket = end < slice.End && text[end] == ' ' && text[end + 1] == '[' ? end + 1 : end <= slice.End && text[end] == '[' ? end : -1;
        if (bracket >= 0)
        {
            var close = text.IndexOf(']', bracket, slice.End - bracket + 1);
            var inner = close < 0 ? null : text.Substring(bracket + 1, close - bracket - 1);
            if (inner is not null && !inner.Contains('@') && !inner.Contains('['))
            {
                (locator, suffix) = CitationSyntaxParser.ParseLocator(inner);
                end = close + 1;
            }
        }

        var item = new CitationItem(text.Substring(start + 1, keyLength), null, locator, suffix, false, Locate(processor, start));
        Emit(processor, ref slice, new Citation([item], Narrative: true), start, end);
        return true;
    }

    private static bool InsideLinkText(InlineProcessor processor)
    {
        for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
        {
            if (inline is Markdig.Syntax.Inlines.LinkDelimiterInline { IsActive: true })
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, Citation citation, int start, int end)
    {
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline(citation)
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
    }

    private static SourceLocation Locate(InlineProcessor processor, int offset)
    {
        processor.GetSourcePosition(offset, out var line, out var column);
        var path = processor.Context?.Properties.GetValueOrDefault(PathKey) as string ?? "";
        return new SourceLocation(path, line + 1, column + 1);
    }
}
