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

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("tel:+1-555", true)]
    [InlineData("c++.x-y:thing", true)] // letters, digits, '+', '.' and '-' may follow the first letter
    [InlineData("//cdn.example.org/x.js", true)]
    [InlineData("/references/a/", false)]
    [InlineData("x.bib", false)]
    [InlineData("#top", false)]
    [InlineData("", false)]
    [InlineData("1http://x", false)] // a scheme starts with a letter
    [InlineData("not a:scheme", false)]
    [InlineData("no-colon", false)]
    [InlineData("../a:b", false)]
    public void A_url_leaves_the_site_when_it_has_a_scheme_or_starts_with_two_slashes(string url, bool external)
    {
        Assert.Equal(external, SiteUrls.IsExternal(url));
    }
}
