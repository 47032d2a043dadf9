using SiteBuilder.Citations;

namespace SiteBuilder.Tests.Citations;

public class CitationSyntaxParserTests
{
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
