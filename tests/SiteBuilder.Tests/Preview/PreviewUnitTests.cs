using SiteBuilder.Diagnostics;
using SiteBuilder.Preview;

namespace SiteBuilder.Tests.Preview;

public class PreviewUnitTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/references/", "references/index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    [InlineData("/references/levine2010/levine2010.bib", "references/levine2010/levine2010.bib")]
    [InlineData("/caf%C3%A9/", "café/index.html")]
    public void Request_paths_map_to_site_files(string request, string expected)
    {
        Assert.Equal(expected, RequestPath.ToSitePath(request));
    }

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/assets/../../secret")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%252e%252e%252fetc/passwd")]
    [InlineData("/..\\..\\windows")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/a/./b")]
    [InlineData("/a%00b")]
    [InlineData("relative")]
    public void Paths_that_could_escape_the_site_are_refused(string request)
    {
        Assert.Null(RequestPath.ToSitePath(request));
    }

    [Theory]
    [InlineData("x.html", "text/html; charset=utf-8")]
    [InlineData("a/site.css", "text/css; charset=utf-8")]
    [InlineData("a.js", "text/javascript; charset=utf-8")]
    [InlineData("r.bib", "application/x-bibtex; charset=utf-8")]
    [InlineData("r.ris", "application/x-research-info-systems; charset=utf-8")]
    [InlineData("r.json", "application/json; charset=utf-8")]
    [InlineData("i.svg", "image/svg+xml")]
    [InlineData("e.pdf", "application/pdf")]
    [InlineData("p.png", "image/png")]
    public void Files_get_their_media_type(string path, string type)
    {
        Assert.Equal(type, SiteBuilder.Output.MediaTypes.For(path));
    }

    [Theory]
    [InlineData("site.yaml", true)]
    [InlineData("content/essays/x.md", true)]
    [InlineData("templates/assets/site.css", true)]
    [InlineData("seeds/s.txt", true)]
    [InlineData("_site/index.html", false)]
    [InlineData("src/SiteBuilder/x.cs", false)]
    [InlineData("content/essays/.x.md.swp", false)]
    [InlineData("content/essays/x.md~", false)]
    [InlineData("content/essays/4913", false)]
    public void Only_changes_to_site_sources_trigger_a_rebuild(string path, bool relevant)
    {
        Assert.Equal(relevant, SiteWatcher.IsRelevant(path));
    }

    [Fact]
    public void Overlay_lists_escaped_diagnostics_right_after_the_body_tag()
    {
        var diagnostics = new[] { Diagnostic.Error("SB0301", new SourceLocation("content/e.md", 3, 7), "unknown citation key '<x>'") };

        var page = ErrorOverlay.InsertInto("<html><body class=\"a\"><p>Page</p></body></html>", diagnostics);

        Assert.StartsWith("<html><body class=\"a\"><div id=\"sitebuilder-errors\" role=\"alertdialog\"", page);
        Assert.Contains("content/e.md:3:7: error SB0301: unknown citation key &#39;&lt;x&gt;&#39;", page);
        Assert.EndsWith("<p>Page</p></body></html>", page);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public void Loopback_hosts_are_accepted(string host)
    {
        Assert.True(System.Net.IPAddress.IsLoopback(PreviewServer.ParseHost(host)));
    }

    [Fact]
    public void The_default_host_is_loopback_and_names_must_be_addresses()
    {
        Assert.Equal("127.0.0.1", new PreviewOptions(".").Host);
        Assert.Throws<ArgumentException>(() => PreviewServer.ParseHost("example.org"));
    }
}
