using System.Text;

namespace SiteBuilder.Import;

/// <summary>
/// Converts a title to sentence case, as APA 7 asks for book and article titles: the first word of the title
/// and of a subtitle keep a capital; acronyms and words with inner capitals (McDonald, iPhone) are kept;
/// every other word is lower-cased. Proper nouns cannot be recognised and must be checked by an editor.
/// </summary>
public static class SentenceCaser
{
    public static string Convert(string title)
    {
        var result = new StringBuilder(title.Length);
        var startOfSentence = true;
        var segment = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                segment.Append(c);
                continue;
            }

            startOfSentence = Flush(segment, result, startOfSentence);
            result.Append(c);
            if (c is ':' or '?' or '!' or '.')
            {
                startOfSentence = true;
            }
        }

        Flush(segment, result, startOfSentence);
        return result.ToString();
    }

    /// <summary>Writes one word segment; returns whether the next segment still starts a sentence.</summary>
    private static bool Flush(StringBuilder segment, StringBuilder result, bool startOfSentence)
    {
        if (segment.Length == 0)
        {
            return startOfSentence;
        }

        var word = segment.ToString();
        segment.Clear();
        result.Append(Keep(word) ? word
            : startOfSentence ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()
            : word.ToLowerInvariant());
        return false;
    }

    private static bool Keep(string word) =>
        word == "I" || word.StartsWith("I'", StringComparison.Ordinal) || word.StartsWith("I’", StringComparison.Ordinal)
        || word.Skip(1).Any(char.IsUpper);
}
