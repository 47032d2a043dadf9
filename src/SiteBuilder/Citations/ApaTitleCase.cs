namespace SiteBuilder.Citations;

/// <summary>
/// APA title case (6.17): the first word, the first word after a colon, dash or end punctuation, and every word
/// of four letters or more are capitalised, as are all major words; short minor words (articles, short conjunctions
/// and prepositions) stay lower case. Words already capitalised inside (iPhone, DNA) and nocase spans are kept.
/// </summary>
internal static class ApaTitleCase
{
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "as", "but", "for", "if", "nor", "or", "so", "yet", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via",
    };

    public static string Apply(string title)
    {
        if (title.Contains("nocase", StringComparison.Ordinal))
        {
            return title; // the author marked what must not change; leave the whole title to them
        }

        var words = title.Split(' ');
        var startOfPhrase = true;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var letters = word.TrimStart('“', '"', '‘', '(', '[', '*', '_');
            if (letters.Length > 0 && char.IsLower(letters[0]) && !letters.Skip(1).Any(char.IsUpper)
                && (startOfPhrase || !Minor.Contains(letters.TrimEnd(',', ';', ':', '.', '?', '!', '”', ')', '*', '_'))))
            {
                var at = word.Length - letters.Length;
                words[i] = word[..at] + char.ToUpperInvariant(word[at]) + word[(at + 1)..];
            }

            startOfPhrase = word.Length > 0 && word[^1] is ':' or '—' or '.' or '?' or '!' || word is "—" or "–";
        }

        return string.Join(' ', words);
    }
}
