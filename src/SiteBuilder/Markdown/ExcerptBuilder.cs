using System.Buffers;

namespace SiteBuilder.Markdown;

/// <summary>Cuts the sentence that holds a given citation out of a paragraph's plain text, for "Cited in" lists.</summary>
internal static class ExcerptBuilder
{
    private const int MaxWords = 40;

    /// <summary>
    /// The sentence around the <paramref name="index"/>-th citation marker, without markers, at most 40 words: its
    /// words joined by single spaces, with no space before a closing mark (. , ; : ! ?), and " …" after the 40th.
    /// </summary>
    public static string SentenceAround(ReadOnlySpan<char> text, int index)
    {
        var position = NthMarker(text, index);
        return position < 0 ? Clean(text) : Clean(text[SentenceStart(text, position)..SentenceEnd(text, position)]);
    }

    private static int NthMarker(ReadOnlySpan<char> text, int index)
    {
        var position = -1;
        for (var i = 0; i <= index; i++)
        {
            var next = text[(position + 1)..].IndexOf(PlainTextExtractor.CitationMarker);
            if (next < 0)
            {
                return -1;
            }

            position += next + 1;
        }

        return position;
    }

    private static int SentenceStart(ReadOnlySpan<char> text, int position)
    {
        for (var i = position - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && IsSentenceEnd(text[i - 1]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(ReadOnlySpan<char> text, int position)
    {
        for (var i = position + 1; i < text.Length; i++)
        {
            if (IsSentenceEnd(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?';

    /// <summary>
    /// The sentence written in one pass into a buffer of its length (every citation of every essay has one made, and
    /// splitting it into words and joining them again was most of what parsing an essay allocated beyond Markdig).
    /// </summary>
    private static string Clean(ReadOnlySpan<char> sentence)
    {
        var rented = sentence.Length + 2 > 512 ? ArrayPool<char>.Shared.Rent(sentence.Length + 2) : null;
        Span<char> output = rented is null ? stackalloc char[512] : rented;
        try
        {
            var length = 0;
            var spaces = 0; // the spaces written: words less one
            var between = false; // a space or marker was read since the last word's character
            foreach (var c in sentence)
            {
                if (c == PlainTextExtractor.CitationMarker || char.IsWhiteSpace(c))
                {
                    between = length > 0;
                    continue;
                }

                if (between && c is not ('.' or ',' or ';' or ':' or '!' or '?'))
                {
                    if (++spaces == MaxWords)
                    {
                        return string.Concat(output[..length], " …");
                    }

                    output[length++] = ' ';
                }

                between = false;
                output[length++] = c;
            }

            return new string(output[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
