using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class PageRewriterTests
{
    private static ProcessedPage Rewrite(string html, string path = "essays/x/index.html", string basePath = "/", bool preview = false) =>
        new PageRewriter(basePath, preview).Rewrite(new RenderedPage(path, html, SourceLocation.File("content/x.md")));

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
        Assert.Equal(expected, SiteUrls.MakeRelative(page, url));
    }

    [Fact]
    public void Every_kind_of_url_attribute_is_rewritten_and_recorded()
    {
        var page = Rewrite("<link href=\"/assets/site.css\"><a href='/about/'>a</a><img src=/assets/i.png alt=\"\"><script src=\"/assets/x.js\"></script><a href=\"notes.bib\">b</a>");

        Assert.Equal("<link href=\"../../assets/site.css\"><a href=\"../../about/index.html\">a</a><img src=\"../../assets/i.png\" alt=\"\"><script src=\"../../assets/x.js\"></script><a href=\"notes.bib\">b</a>", page.File!.Text.TrimEnd());
        Assert.Equal(["/assets/site.css", "/about/", "/assets/i.png", "/assets/x.js", "notes.bib"], page.Facts.Links.Select(l => l.Url));
    }

    [Fact]
    public void A_rewriter_reused_from_page_to_page_leaves_nothing_of_one_page_in_the_next()
    {
        // a pass works in collections the rewriter keeps (open elements, ids, addresses made relative, template
        // links): a page must come out as it does from a fresh rewriter, after pages that filled them, even one cut short
        var pages = new[]
        {
            ("essays/a/index.html", "<main><div class=\"prose\"><h2 id=\"one\">One</h2><p id=\"p1\"><a href=\"/references/x/\">x</a><a href=\"#one\">in</a></p><section><ul><li>"),
            ("references/x/index.html", "<nav><a href=\"/references/x/\">x</a><a href=\"/\">home</a></nav><main><h2 id=\"one\">Again</h2><h4>Skips</h4><img src=\"/i.png\"><a href=\"#p1\">gone</a></main>"),
            ("essays/b/index.html", "<main><div class=\"prose\"><h2 id=\"two\">Two</h2><p><a href=\"/references/x/\">x</a></p></div></main>"),
        };
        var reused = new PageRewriter();
        var results = pages.Select(p => reused.Rewrite(new RenderedPage(p.Item1, p.Item2, SourceLocation.File("content/x.md")))).ToList();

        for (var i = 0; i < pages.Length; i++)
        {
            var fresh = new PageRewriter().Rewrite(new RenderedPage(pages[i].Item1, pages[i].Item2, SourceLocation.File("content/x.md")));
            Assert.Equal(fresh.File!.Text, results[i].File!.Text);
            Assert.Equal(fresh.Facts.Links.Select(l => (l.Url, l.Target, l.Fragment)), results[i].Facts.Links.Select(l => (l.Url, l.Target, l.Fragment)));
            Assert.Equal(fresh.Facts.Headings.H1Count, results[i].Facts.Headings.H1Count);
            Assert.Equal(fresh.Facts.Headings.Skips, results[i].Facts.Headings.Skips);
            Assert.True(fresh.Facts.SameIds(results[i].Facts));
            Assert.Equal(fresh.Facts.ImagesWithoutAlt.Select(l => l.Url), results[i].Facts.ImagesWithoutAlt.Select(l => l.Url));
        }
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_since_it_is_shown_at_any_address()
    {
        var page = Rewrite("<a href=\"/references/\">r</a><link href=\"/assets/site.css\">", SiteUrls.NotFoundPage, "/project/");

        Assert.Equal("<a href=\"/project/references/\">r</a><link href=\"/project/assets/site.css\">", page.File!.Text.TrimEnd());
    }

    [Fact]
    public void Links_that_leave_the_site_are_marked_and_keep_their_classes()
    {
        var page = Rewrite("<a class=\"doi\" href=\"https://doi.org/10.1/x\">d</a><a href=\"http://example.org/\">e</a>");

        Assert.Equal("<a class=\"doi external\" href=\"https://doi.org/10.1/x\" rel=\"external noopener\">d</a><a href=\"http://example.org/\" rel=\"external noopener\" class=\"external\">e</a>", page.File!.Text.TrimEnd());
    }

    [Fact]
    public void Prose_headings_with_ids_link_to_themselves_and_others_do_not()
    {
        var page = Rewrite("<main><h1 id=\"t\">Title</h1><div class=\"prose\"><h3 id=\"a-b\">A &amp; <em>B</em></h3><h5 id=\"z\">Z</h5></div></main>");

        Assert.Contains("<h3 id=\"a-b\">A &amp; <em>B</em> <a class=\"heading-anchor\" href=\"#a-b\" aria-label=\"Link to the section “A &amp; B”\">#</a></h3>", page.File!.Text.TrimEnd());
        Assert.Contains("<h1 id=\"t\">Title</h1>", page.File!.Text.TrimEnd());
        // the facts keep the outline the heading check reads: one h1, and each heading that skips a level, with its text
        Assert.Equal(1, page.Facts.Headings.H1Count);
        Assert.Equal([(1, 3, "A & B"), (3, 5, "Z")], page.Facts.Headings.Skips.Select(s => (s.PreviousLevel, s.Heading.Level, s.Heading.Text)));
    }

    [Fact]
    public void Of_the_links_that_leave_the_site_only_those_over_plain_http_are_kept_for_the_checks()
    {
        var page = Rewrite("<a href=\"https://doi.org/10.1/x\">d</a><a href=\"http://example.org/\">h</a><a href=\"mailto:a@b.c\">m</a><img src=\"http://example.org/i.png\" alt=\"\"><a href=\"/about/\">a</a>");

        Assert.Equal(["http://example.org/", "http://example.org/i.png", "/about/"], page.Facts.Links.Select(l => l.Url));
        Assert.Equal(["http://example.org/", "http://example.org/i.png"], page.Facts.InsecureLinks.Select(l => l.Url));
        Assert.Contains("<a href=\"https://doi.org/10.1/x\" rel=\"external noopener\" class=\"external\">d</a>", page.File!.Text);
    }

    [Fact]
    public void Markdown_positions_are_recorded_and_removed()
    {
        var page = Rewrite("<p><a href=\"/nowhere/\" data-sb-src=\"12:5\">x</a><img src=\"a.png\" data-sb-src=\"13:1\"></p>");

        Assert.DoesNotContain("data-sb-src", page.File!.Text.TrimEnd());
        Assert.Equal((12, 5), page.Facts.Links[0].MarkdownPosition);
        Assert.Equal((13, 1), Assert.Single(page.Facts.ImagesWithoutAlt).MarkdownPosition);
    }

    [Fact]
    public void Ids_are_collected_and_markup_inside_scripts_and_comments_is_left_alone()
    {
        var page = Rewrite("<div id=\"a\"></div><!-- <a href=\"/x/\" id=\"c\"> --><script>var s = '<a href=\"/y/\" id=\"d\">';</script><p id=b>t</p>");

        Assert.Equal(["a", "b"], page.Facts.Ids.All());
        Assert.Empty(page.Facts.Links);
        Assert.Contains("<!-- <a href=\"/x/\" id=\"c\"> -->", page.File!.Text.TrimEnd());
    }

    [Fact]
    public void Stray_end_tags_are_ignored_and_one_that_skips_open_elements_closes_them()
    {
        // "</dxv>" shares its bucket with the open "div": it is looked for among the open elements, and is stray too
        var page = Rewrite("<main><div class=\"prose\"><h2 id=\"a\">A</span></dxv></h2><ul><li>item</ul><h4 id=\"b\">B</p></h4></div><h2 id=\"c\">C</h2><h4 id=\"d\">D</h4></main>");

        Assert.Equal(0, page.Facts.Headings.H1Count);
        Assert.Equal([(2, 4, "B"), (2, 4, "D")], page.Facts.Headings.Skips.Select(s => (s.PreviousLevel, s.Heading.Level, s.Heading.Text)));
        Assert.Contains("A</span></dxv> <a class=\"heading-anchor\" href=\"#a\"", page.File!.Text);
        Assert.Contains("B</p> <a class=\"heading-anchor\" href=\"#b\"", page.File!.Text);
        Assert.DoesNotContain("href=\"#d\"", page.File!.Text); // after the prose closed
    }

    [Fact]
    public void A_script_ends_only_at_its_own_end_tag_in_any_case()
    {
        var page = Rewrite("<SCRIPT>var s = '</a></scripts><p id=\"x\">';</ScRiPt ><p id=\"y\">t</p><style>p{}</style\n><p id=\"z\"></p>");

        Assert.Equal(["y", "z"], page.Facts.Ids.All());
    }

    [Fact]
    public void The_preview_adds_its_reload_script_to_the_head()
    {
        var page = Rewrite("<html><head><title>T</title></head><body></body></html>", preview: true);

        Assert.Contains("<script src=\"../../__sitebuilder/live-reload.js\" defer></script></head>", page.File!.Text.TrimEnd());
    }
}
