using SiteBuilder.Markdown;

namespace SiteBuilder.Tests.Markdown;

public class ExcerptBuilderTests
{
    private const char Marker = PlainTextExtractor.CitationMarker;

    [Theory]
    [InlineData("First one. Care is mutual \uFFFC , they say . Last one.", 0, "Care is mutual, they say.")]
    [InlineData("No\tcitation  here\n at all", 0, "No citation here at all")]
    [InlineData("A \uFFFC\uFFFC B. C \uFFFC!", 1, "A B.")]
    [InlineData("A \uFFFC\uFFFC B. C \uFFFC!", 2, "C!")]
    [InlineData("", 0, "")]
    public void The_sentence_around_a_citation_is_cut_and_tidied(string text, int index, string expected)
    {
        Assert.Equal(expected, ExcerptBuilder.SentenceAround(text, index));
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(41, true)]
    public void A_sentence_is_cut_after_forty_words(int words, bool cut)
    {
        var text = string.Join(' ', Enumerable.Range(1, words).Select(i => "w" + i)) + " \uFFFC.";

        var excerpt = ExcerptBuilder.SentenceAround(text, 0);

        Assert.Equal(cut, excerpt.EndsWith(" …", StringComparison.Ordinal));
        Assert.Equal(Math.Min(words, 40), excerpt.TrimEnd('…', ' ', '.').Split(' ').Length);
    }

    [Fact]
    public void Any_paragraph_gives_what_splitting_into_words_and_joining_them_gives()
    {
        const string alphabet = "ab .,;:!?\t\n\u00A0—\uFFFC";
        var random = new Random(11);
        for (var round = 0; round < 2000; round++)
        {
            var length = round % 10 == 0 ? random.Next(300, 1500) : random.Next(0, 120);
            var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var index = random.Next(0, 4);

            Assert.Equal(Plain(text, index), ExcerptBuilder.SentenceAround(text, index));
        }
    }

    /// <summary>The rules written plainly: split at spaces, join with one, take the space from before a closing mark, keep forty words.</summary>
    private static string Plain(string text, int index)
    {
        var position = -1;
        for (var i = 0; i <= index && (position = text.IndexOf(Marker, position + 1)) >= 0; i++)
        {
        }

        if (position >= 0)
        {
            var start = 0;
            for (var i = position - 1; i > 0; i--)
            {
                if (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?')
                {
                    start = i + 1;
                    break;
                }
            }

            var end = text.Length;
            for (var i = position + 1; i < text.Length; i++)
            {
                if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                {
                    end = i + 1;
                    break;
                }
            }

            text = text[start..end];
        }

        var joined = string.Join(' ', text.Replace(Marker, ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var mark in new[] { " .", " ,", " ;", " :", " !", " ?" })
        {
            joined = joined.Replace(mark, mark.Trim());
        }

        var words = joined.Split(' ');
        return words.Length <= 40 ? joined : string.Join(' ', words.Take(40)) + " …";
    }
}
