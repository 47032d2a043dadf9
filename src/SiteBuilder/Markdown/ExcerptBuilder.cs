namespace SiteBuilder.Markdown;

/// <summary>Cuts the sentence that holds a given citation out of a paragraph's plain text, for "Cited in" lists.</summary>
internal static class ExcerptBuilder
{
    private const int MaxWords = 40;

    /// <summary>The sentence around the <paramref name="index"/>-th citation marker, without markers, at most 40 words.</summary>
    public static string SentenceAround(string text, int index)
    {
        var position = NthMarker(text, index);
        if (position < 0)
        {
            return Shorten(Clean(text));
        }

        var start = SentenceStart(text, position);
        var end = SentenceEnd(text, position);
        return Shorten(Clean(text[start..end]));
    }

    private static int NthMarker(string text, int index)
    {
        var position = -1;
        for (var i = 0; i <= index; i++)
        {
            position = text.IndexOf(PlainTextExtractor.CitationMarker, position + 1);
            if (position < 0)
            {
                return -1;
            }
        }

        return position;
    }

    private static int SentenceStart(string text, int position)
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

    private static int SentenceEnd(string text, int position)
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

    private static string Clean(string text)
    {
        var words = text.Replace(PlainTextExtractor.CitationMarker, ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        foreach (var mark in new[] { " .", " ,", " ;", " :", " !", " ?" })
        {
            joined = joined.Replace(mark, mark.Trim());
        }

        return joined;
    }

    private static string Shorten(string text)
    {
        var words = text.Split(' ');
        return words.Length <= MaxWords ? text : string.Join(' ', words.Take(MaxWords)) + " …";
    }
}
