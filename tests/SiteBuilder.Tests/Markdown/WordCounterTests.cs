using SiteBuilder.Markdown;

namespace SiteBuilder.Tests.Markdown;

public class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("one two  three\n", 3)]
    [InlineData("a — b – c & d", 4)] // dashes and an ampersand alone are not words
    [InlineData("don’t “quote” 1999 café", 4)]
    [InlineData("no\u00A0break\u2003em\u3000wide", 4)] // spaces outside ASCII part words too
    [InlineData("\t\r\n\v\f", 0)]
    public void Words_are_runs_of_non_space_holding_a_letter_or_digit(string text, int expected)
    {
        var counter = new WordCounter();
        counter.Add(text, markerIsSpace: false);

        Assert.Equal(expected, counter.Total);
    }

    [Fact]
    public void A_citation_marker_parts_words_only_where_it_stands_for_a_citation()
    {
        var text = "care\uFFFCand\uFFFC reciprocity";
        var (asSpace, asText) = (new WordCounter(), new WordCounter());
        asSpace.Add(text, markerIsSpace: true);
        asText.Add(text, markerIsSpace: false);

        Assert.Equal((3, 2), (asSpace.Total, asText.Total));
    }

    [Fact]
    public void Any_text_in_any_pieces_counts_as_the_plain_definition_does()
    {
        const string alphabet = "aZ9 .,\t\n—–é’\u00A0\u2003\uFFFC&\u0001😀";
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var marker = round % 2 == 0;

            Assert.Equal(Plain(text, marker), InPieces(text, marker, random, longestPiece: 20));
        }
    }

    [Theory]
    [InlineData("ab c-d (e) --- f, g.\t1999\n[x] {y} @z `q` ~ !? ;: 'o' \"p\" _u_ #h$ %& *+ /\\ <> =^|", 0)]
    [InlineData("aZ9 .,\t\n-&()[]{}@`~_", 0)]
    [InlineData("aZ9 .,\t\n—–é’\u00A0\uFFFC", 40)]
    public void Long_text_mostly_ascii_counts_as_the_plain_definition_does(string alphabet, int oneInNonAscii)
    {
        // long pieces go through the 64-character masks; a character outside ASCII sends its block one at a time
        var random = new Random(11);
        for (var round = 0; round < 400; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 700)).Select(_ => oneInNonAscii > 0 && random.Next(oneInNonAscii) == 0
                ? alphabet[random.Next(alphabet.Length - 4, alphabet.Length)]
                : alphabet[random.Next(oneInNonAscii > 0 ? alphabet.Length - 4 : alphabet.Length)]).ToArray());
            var marker = round % 2 == 0;

            Assert.Equal(Plain(text, marker), InPieces(text, marker, random, longestPiece: 300));
        }
    }

    /// <summary>The text's words counted as it arrives in pieces of random lengths.</summary>
    private static int InPieces(string text, bool markerIsSpace, Random random, int longestPiece)
    {
        var counter = new WordCounter();
        for (var at = 0; at < text.Length;)
        {
            var piece = Math.Min(text.Length - at, random.Next(1, longestPiece));
            counter.Add(text.AsSpan(at, piece), markerIsSpace);
            at += piece;
        }

        return counter.Total;
    }

    /// <summary>The definition, written plainly: split at spaces (and markers), keep the pieces with a letter or digit.</summary>
    private static int Plain(string text, bool markerIsSpace) =>
        text.Split(c => char.IsWhiteSpace(c) || (markerIsSpace && c == PlainTextExtractor.CitationMarker)).Count(w => w.Any(char.IsLetterOrDigit));
}

internal static class SplitExtensions
{
    public static IEnumerable<string> Split(this string text, Func<char, bool> isSeparator)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                yield return text[start..i];
                start = i + 1;
            }
        }
    }
}
