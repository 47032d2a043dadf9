using System.Text.RegularExpressions;
using SiteBuilder.Citations;

namespace SiteBuilder.Tests.Citations;

public partial class CitationSyntaxParserTests
{
    /// <summary>The shape of one item as a regular expression: the specification the hand-written reader is held to.</summary>
    [GeneratedRegex(@"^(?<prefix>[^@]*?)(?<minus>-)?(?<at>@)(?<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*)(?<rest>(?:\s*,.*|\s*))$", RegexOptions.Singleline)]
    private static partial Regex ItemShape();

    [Theory]
    [InlineData("@a")]
    [InlineData("see -@doe99, p. 3")]
    [InlineData("-@x-y.z")]
    [InlineData("@a-_b")]
    [InlineData("@a²b")]
    [InlineData("@Ⅻ")]
    [InlineData("@a \u00A0\n")]
    [InlineData("@a\u2028, b")]
    [InlineData("@a b")]
    [InlineData("@a-")]
    [InlineData("@-a")]
    [InlineData("a@b@c")]
    [InlineData("--@a")]
    [InlineData("@")]
    [InlineData("")]
    public void An_item_reads_as_its_regular_expression_does(string part) => AssertReadsAsTheExpression(part);

    [Fact]
    public void Generated_items_read_as_their_regular_expression_does()
    {
        // every character class the shape tells apart, in 20,000 strings of up to 12 characters (a fixed seed)
        const string alphabet = "@@--,, \t\na_Z9é²Ⅻ:.#$%&+?<>~/!\u00A0\u2028";
        var random = new Random(20261127);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 13)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertReadsAsTheExpression(new string(chars));
        }
    }

    private static void AssertReadsAsTheExpression(string part)
    {
        var match = ItemShape().Match(part);
        var read = CitationSyntaxParser.Item(part);
        Assert.True(match.Success == read.HasValue, $"'{part}': the expression {(match.Success ? "matches" : "does not match")}");
        if (read is var (at, minus, keyEnd))
        {
            Assert.Equal((match.Groups["at"].Index, match.Groups["minus"].Success, match.Groups["key"].Index + match.Groups["key"].Length), (at, minus, keyEnd));
        }
    }

    [Fact]
    public void Single_key_is_one_item()
    {
        var item = Assert.Single(CitationSyntaxParser.ParseBracketed("@levine2010")!);

        Assert.Equal("levine2010", item.Key);
        Assert.Null(item.Locator);
        Assert.Equal(0, item.KeyOffset);
    }

    [Fact]
    public void Prefix_locator_and_several_items_are_parsed_with_offsets()
    {
        var items = CitationSyntaxParser.ParseBracketed("see @a; @b, pp. 33–35, emphasis added")!;

        Assert.Equal(2, items.Count);
        Assert.Equal(("see", "a", 4), (items[0].Prefix, items[0].Key, items[0].KeyOffset));
        Assert.Equal(new Locator("page", "33–35"), items[1].Locator);
        Assert.Equal("emphasis added", items[1].Suffix);
        Assert.Equal(8, items[1].KeyOffset);
    }

    [Fact]
    public void Minus_suppresses_the_author()
    {
        Assert.True(Assert.Single(CitationSyntaxParser.ParseBracketed("-@smith04")!).SuppressAuthor);
    }

    [Theory]
    [InlineData("p. 3", "page", "3")]
    [InlineData("pp. 70-85", "page", "70-85")]
    [InlineData("12", "page", "12")]
    [InlineData("chap. 2", "chapter", "2")]
    [InlineData("sec. 4", "section", "4")]
    [InlineData("para. 7", "paragraph", "7")]
    public void Locator_labels_are_recognised(string text, string label, string value)
    {
        var (locator, suffix) = CitationSyntaxParser.ParseLocator(", " + text);

        Assert.Equal(new Locator(label, value), locator);
        Assert.Null(suffix);
    }

    [Fact]
    public void Text_that_is_not_a_locator_is_a_suffix()
    {
        Assert.Equal((null, "emphasis mine"), CitationSyntaxParser.ParseLocator(", emphasis mine"));
    }

    [Theory]
    [InlineData("not a citation")]
    [InlineData("@a and more words")]
    [InlineData("")]
    public void Brackets_without_a_citation_shape_are_not_citations(string text)
    {
        Assert.Null(CitationSyntaxParser.ParseBracketed(text));
    }

    [Theory]
    [InlineData("doe99.", 5)]
    [InlineData("doe:99 more", 6)]
    [InlineData("_x", 2)]
    [InlineData(".x", 0)]
    public void Keys_end_at_trailing_punctuation(string text, int length)
    {
        Assert.Equal(length, CitationSyntaxParser.KeyLength(text));
    }
}
