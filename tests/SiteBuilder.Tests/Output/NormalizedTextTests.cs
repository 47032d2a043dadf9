using SiteBuilder.Checks;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class NormalizedTextTests
{
    private static string Written(string text, int pieces = 1)
    {
        var normalized = new NormalizedText(1); // grown as it goes
        var size = Math.Max(1, text.Length / pieces);
        for (var at = 0; at < text.Length; at += size)
        {
            normalized.Append(text.AsSpan(at, Math.Min(size, text.Length - at)));
        }

        return normalized.ToString();
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("  one  two\n\tthree  ", "one two three")]
    [InlineData("kind (Smith, 2001) .", "kind (Smith, 2001).")]
    [InlineData(" . , ; : ! ? )", ".,;:!?)")]
    [InlineData("a ( b", "a ( b")]
    [InlineData("a\u00a0\u2003.b\u2028c", "a.b c")]
    [InlineData("end .  . x", "end.. x")]
    public void Normalizes_as_the_check_normalizes_a_whole_text(string text, string expected)
    {
        Assert.Equal(expected, Written(text));
        Assert.Equal(FidelityCheck.Normalize(text), Written(text));
    }

    [Fact]
    public void Gives_what_the_regular_expressions_give_on_generated_texts_in_any_pieces()
    {
        const string alphabet = "ab .,;:!?)( \t\n\r\u00a0\u2003\u0085\u200bé";
        var random = new Random(20261127);
        for (var n = 0; n < 5000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = FidelityCheck.Normalize(text);
            Assert.Equal(expected, Written(text));
            Assert.Equal(expected, Written(text, random.Next(1, 6)));
        }
    }
}
