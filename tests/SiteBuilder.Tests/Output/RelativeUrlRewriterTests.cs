using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class RelativeUrlRewriterTests
{
    [Theory]
    [InlineData("index.html", "/references/a/", "references/a/index.html")]
    [InlineData("references/a/index.html", "/references/b/", "../b/index.html")]
    [InlineData("references/a/index.html", "/", "../../index.html")]
    [InlineData("essays/x/index.html", "/essays/x/#p-1", "#p-1")]
    [InlineData("essays/x/index.html", "/essays/x/x.bib", "x.bib")]
    [InlineData("404.html", "/assets/site.css", "assets/site.css")]
    [InlineData("about/index.html", "/references/?q=1#top", "../references/index.html?q=1#top")]
    public void Site_root_urls_become_relative_to_the_page(string page, string url, string expected)
    {
        Assert.Equal(expected, RelativeUrlRewriter.MakeRelative(page, url));
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_since_it_is_shown_at_any_address()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<a href=\"/references/\">r</a><link href=\"/assets/site.css\">");

        new RelativeUrlRewriter("/project/").Rewrite(document, RelativeUrlRewriter.NotFoundPage);

        Assert.Equal("/project/references/", document.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/project/assets/site.css", document.QuerySelector("link")!.GetAttribute("href"));
    }
}
