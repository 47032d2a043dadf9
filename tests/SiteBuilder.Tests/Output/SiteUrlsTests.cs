using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class SiteUrlsTests
{
    [Theory]
    [InlineData("references/a/index.html", "../b/index.html#x", "references/b/index.html", "x")]
    [InlineData("references/a/index.html", "../../", "index.html", "")]
    [InlineData("index.html", "#top", "", "top")]
    [InlineData("essays/x/index.html", "x.bib", "essays/x/x.bib", "")]
    [InlineData("about/index.html", "../references/", "references/index.html", "")]
    public void Relative_urls_resolve_to_site_paths(string page, string url, string path, string fragment)
    {
        Assert.Equal((path, fragment), SiteUrls.Resolve(page, url));
    }

    [Fact]
    public void A_root_relative_link_is_a_site_path_even_when_the_base_path_shares_its_first_folder()
    {
        Assert.Equal(("essays/x/index.html", ""), SiteUrls.Resolve("404.html", "/essays/x/"));
        Assert.Equal(("essays/x/index.html", "cite-1"), SiteUrls.Resolve("references/a/index.html", "/essays/x/#cite-1"));
    }
}
