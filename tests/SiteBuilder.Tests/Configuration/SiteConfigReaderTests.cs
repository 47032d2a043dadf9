using SiteBuilder.Configuration;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Configuration;

public class SiteConfigReaderTests
{
    [Fact]
    public void Settings_are_read_into_a_typed_record()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read("title: T\nlanguage: de\nbase_url: https://example.org/sub\nnav:\n  - title: Home\n    url: /\n", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(("T", "de", "https://example.org/sub/"), (config.Title, config.Language, config.BaseUrl));
        Assert.Equal([("Home", "/")], config.Nav.Select(n => (n.Title, n.Url)));
        Assert.Equal("site.yaml:6:10", config.Nav[0].UrlLocation!.ToString());
    }

    [Fact]
    public void Nav_url_must_start_at_the_site_root()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read("title: T\nnav:\n  - title: Home\n    url: home.html\n", diagnostics);

        Assert.Equal("site.yaml:4:10: error SB0103: nav url 'home.html' must be a path from the site root, starting with '/'", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void Missing_title_and_unknown_style_are_reported()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read("citation_style: chicago\n", diagnostics);

        Assert.Equal(
            ["site.yaml:1:1: error SB0104: site.yaml needs 'title'", "site.yaml:1:17: error SB0103: unknown citation style 'chicago'; write 'apa' (built in) or the path of a CSL style under styles/, such as styles/chicago-author-date.csl"],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Value_of_the_wrong_shape_is_reported_where_it_stands()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigReader.Read("title:\n  - a\n  - b\n", diagnostics);

        Assert.Contains("site.yaml:2:3: error SB0103: 'title' must be a single value", diagnostics.ToSortedList().Select(d => d.ToString()));
    }
}
