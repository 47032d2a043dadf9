using System.Text;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

/// <summary>A tag read with its values left in the page's text reads, and writes back, as one read into strings.</summary>
public class HtmlStartTagReaderTests
{
    [Theory]
    [InlineData("<a href=\"/references/x/\" class=\"citation\" data-sb-src=\"3:14\">")]
    [InlineData("<img src='/a.png' alt>")]
    [InlineData("<input type=checkbox checked disabled/>")]
    [InlineData("<p title=\"Tom &amp; Jerry\" class=\"one  two\">")]
    [InlineData("<DIV ID=Main Class='prose x'>")]
    [InlineData("<meta content='say \"hi\"' name=x>")]
    [InlineData("<span data-empty=\"\" aria-hidden=true >")]
    public void Values_left_in_the_text_read_as_strings_do(string html)
    {
        var (asStrings, end) = HtmlStartTagReader.Read(html.AsSpan(), 0)!.Value;
        var (asSlices, sliceEnd) = HtmlStartTagReader.Read(html.AsMemory(), 0)!.Value;

        Assert.Equal(end, sliceEnd);
        Assert.Equal(asStrings.Name, asSlices.Name);
        Assert.Equal(asStrings.Attributes, asSlices.Attributes);
        Assert.Equal(asStrings.Attributes.Select(a => (a.Name, a.RawValue, a.Value)), asSlices.Attributes.Select(a => (a.Name, a.RawValue, a.Value)));
        Assert.Equal(Written(asStrings), Written(asSlices));
    }

    [Fact]
    public void A_class_is_found_by_its_decoded_name_without_a_string()
    {
        var (tag, _) = HtmlStartTagReader.Read("<section class=\"prose &#99;itation\">".AsMemory(), 0)!.Value;

        Assert.True(tag.HasClass("prose"));
        Assert.True(tag.HasClass("citation"));
        Assert.False(tag.HasClass("pro"));
    }

    [Fact]
    public void A_bare_attribute_has_no_value_and_an_empty_one_has_one()
    {
        var (tag, _) = HtmlStartTagReader.Read("<td hidden data-x=\"\">".AsMemory(), 0)!.Value;

        Assert.False(tag.Attributes[0].HasValue);
        Assert.Null(tag.Get("hidden"));
        Assert.True(tag.Attributes[1].HasValue);
        Assert.Equal("", tag.Get("data-x"));
    }

    private static string Written(HtmlStartTag tag)
    {
        var output = new StringBuilder();
        tag.WriteTo(output);
        return output.ToString();
    }
}
