using Markdig;
using Markdig.Syntax;
using SiteBuilder.Markdown;

namespace SiteBuilder.Tests.Markdown;

/// <summary>Raw HTML in Markdown: which start tags get their line and column, and what is left as it was.</summary>
public class RawHtmlPositionsTests
{
    [Theory]
    [InlineData("<a href=\"/x/\">", "<a data-sb-src=\"3:7\" href=\"/x/\">")]
    [InlineData("<IMG SRC=\"x.png\">", "<IMG data-sb-src=\"3:7\" SRC=\"x.png\">")]
    [InlineData("<h4>", "<h4 data-sb-src=\"3:7\">")]
    [InlineData("<span class=\"x\" id=\"note\">", "<span data-sb-src=\"3:7\" class=\"x\" id=\"note\">")]
    [InlineData("<span class=\"x\">", "<span class=\"x\">")] // nothing a check reads
    [InlineData("<abbr title=\"a\">", "<abbr title=\"a\">")] // not an <a>
    [InlineData("</a>", "</a>")]
    [InlineData("<!-- <a href=\"/x/\"> -->", "<!-- <a href=\"/x/\"> -->")]
    [InlineData("<a data-sb-src=\"1:1\" href=\"/x/\">", "<a data-sb-src=\"1:1\" href=\"/x/\">")] // one of its own already
    public void An_inline_tag_is_marked_when_a_check_reads_it(string tag, string expected) =>
        Assert.Equal(expected, RawHtmlPositions.Mark(tag, 3, 7));

    [Fact]
    public void A_block_marks_each_tag_where_it_begins_and_leaves_comments_and_scripts_alone()
    {
        var markdown = """
            Intro.

            <figure>
              <!-- <a href="/old/">
              still a comment --> <a href="/new/">new</a>
              <img src="a.png"><script>var s = '<a href="/in-script/">';</script><style>a { }</style><a href="/after/">x</a>
            </figure>
            """;
        var block = Markdig.Markdown.Parse(markdown).OfType<HtmlBlock>().Single();

        RawHtmlPositions.Mark(block);

        Assert.Equal(
            """
            <figure>
              <!-- <a href="/old/">
              still a comment --> <a data-sb-src="5:23" href="/new/">new</a>
              <img data-sb-src="6:3" src="a.png"><script data-sb-src="6:20">var s = '<a href="/in-script/">';</script><style>a { }</style><a data-sb-src="6:90" href="/after/">x</a>
            </figure>
            """,
            block.Lines.ToString());
    }
}
