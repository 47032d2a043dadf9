using System.Text.Json;
using System.Xml.Linq;
using SiteBuilder.Build;
using SiteBuilder.Diagnostics;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

public class PublishingTests
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static BuildResult Build(string site, bool strict = false, string? baseUrl = null, bool publish = false) =>
        SiteBuild.Run(TestSite.Parse(site), new BuildOptions(Strict: strict || publish, BaseUrl: baseUrl, BuildTime: Epoch, Publish: publish));

    private static readonly string Unaddressed = Sites.Minimal.Replace("base_url: https://example.org/test/\n", "", StringComparison.Ordinal);

    [Fact]
    public void Without_an_address_no_page_shows_one_and_a_strict_build_passes()
    {
        var result = Build(Unaddressed, strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Find("essays/first/index.html")!.Text;
        Assert.DoesNotContain("rel=\"canonical\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("og:url", page, StringComparison.Ordinal);
        Assert.DoesNotContain("application/atom+xml", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"url\": \"/", page, StringComparison.Ordinal);
        Assert.Null(result.Find("sitemap.xml"));
        Assert.Null(result.Find("feed.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n", result.Find("robots.txt")!.Text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("base_url", StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_path_with_the_name_of_a_folder_of_the_site_breaks_no_link()
    {
        var result = Build(Sites.Minimal, strict: true, baseUrl: "https://someone.github.io/essays/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<loc>https://someone.github.io/essays/essays/first/</loc>", result.Find("sitemap.xml")!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "the site has none")]
    [InlineData("https://example.org/unbalanced-love/", "is a placeholder")]
    [InlineData("http://localhost:8080/", "is a placeholder")]
    public void Publishing_refuses_a_site_without_its_real_address(string? address, string why)
    {
        var site = Unaddressed.Replace("title: Test site", "title: Test site" + (address is null ? "" : "\nbase_url: " + address), StringComparison.Ordinal);

        var result = Build(site, publish: true);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.StartsWith("--publish needs the address", StringComparison.Ordinal) && d.Message.Contains(why, StringComparison.Ordinal));
        Assert.True(Build(site, publish: true, baseUrl: "https://someone.github.io/project").Succeeded);
    }

    [Fact]
    public void Pages_carry_canonical_open_graph_and_twitter_metadata_under_the_base_path()
    {
        var page = Build(Sites.Minimal).Find("essays/first/index.html")!.Text;

        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/test/essays/first/\">", page);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", page);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/test/essays/first/\">", page);
        Assert.Contains("<meta property=\"og:description\" content=\"It is short.\">", page);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", page);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test site\" href=\"../../feed.xml\">", page);
    }

    [Fact]
    public void Base_url_given_on_the_command_line_wins_over_site_yaml()
    {
        var result = Build(Sites.Minimal, baseUrl: "https://someone.github.io/project");

        Assert.Contains("href=\"https://someone.github.io/project/essays/first/\"", result.Find("essays/first/index.html")!.Text);
        Assert.Contains("<loc>https://someone.github.io/project/references/levine2010/</loc>", result.Find("sitemap.xml")!.Text);
    }

    [Fact]
    public void Essay_json_ld_is_a_scholarly_article_with_its_citations()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Build(Sites.Minimal).Find("essays/first/index.html")!.Text);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;

        Assert.Equal("ScholarlyArticle", root.GetProperty("@type").GetString());
        Assert.Equal("A first essay", root.GetProperty("headline").GetString());
        Assert.Equal("https://example.org/test/essays/first/", root.GetProperty("url").GetString());
        Assert.Equal(["Hold me tight: Seven conversations for a lifetime of love", "Attached: The new science of adult attachment"],
            root.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public void Essay_json_ld_reads_as_one_indented_document_with_each_cited_work_written_once_for_all_essays()
    {
        // a cited work's JSON is made once and spliced into every essay that cites it: it must sit in the document as
        // the writer would have put it, so the page's JSON is exactly what parsing and rewriting it indented gives
        var result = Build(Sites.Minimal);
        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Find("essays/first/index.html")!.Text).QuerySelector("script[type='application/ld+json']")!.TextContent.Trim();
        using var json = JsonDocument.Parse(text);
        using var rewritten = new MemoryStream();
        using (var writer = new Utf8JsonWriter(rewritten, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteTo(writer);
        }

        Assert.Equal(2, json.RootElement.GetProperty("citation").GetArrayLength());
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(rewritten.ToArray()));
    }

    [Fact]
    public void Json_ld_cannot_be_broken_out_of_by_content()
    {
        var result = Build(Sites.Minimal.Replace("title: \"Hold me tight: Seven conversations for a lifetime of love\"", "title: \"</script><script>alert(1)</script>\""));

        var page = result.Find("essays/first/index.html")!.Text;
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("\\u003C/script\\u003E", page);
    }

    [Fact]
    public void Essay_has_google_scholar_tags_with_its_references()
    {
        var page = Build(Sites.Minimal).Find("essays/first/index.html")!.Text;

        Assert.Contains("<meta name=\"citation_title\" content=\"A first essay\">", page);
        Assert.Contains("<meta name=\"citation_fulltext_html_url\" content=\"https://example.org/test/essays/first/\">", page);
        Assert.Contains("<meta name=\"citation_reference\" content=\"citation_title=Attached: The new science of adult attachment; citation_author=Levine, A.; citation_author=Heller, R. S. F.; citation_publication_date=2010; citation_publisher=Tarcher\">", page);
    }

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_with_absolute_urls()
    {
        var sitemap = XDocument.Parse(Build(Sites.Minimal).Find("sitemap.xml")!.Text);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var urls = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.org/test/", urls);
        Assert.Contains("https://example.org/test/references/johnson2008/", urls);
        Assert.DoesNotContain(urls, u => u.Contains("404", StringComparison.Ordinal) || u.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(sitemap.Descendants(ns + "lastmod"), d => Assert.Equal("2023-11-14", d.Value));
    }

    [Fact]
    public void Feed_is_atom_with_each_essay_dated_by_its_front_matter_or_the_build_time()
    {
        var dated = Sites.Minimal.Replace("description: It is short.", "description: It is short.\ndate: 2024-05-01");
        var feed = XDocument.Parse(Build(dated).Find("feed.xml")!.Text);
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("https://example.org/test/essays/first/", entry.Element(atom + "id")!.Value);
        Assert.Equal("2024-05-01T00:00:00Z", entry.Element(atom + "updated")!.Value);
        Assert.Equal("https://example.org/test/feed.xml", feed.Root.Elements(atom + "link").First(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var undated = XDocument.Parse(Build(Sites.Minimal).Find("feed.xml")!.Text);
        Assert.Equal("2023-11-14T22:13:20Z", undated.Root!.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/test/sitemap.xml\n", Build(Sites.Minimal).Find("robots.txt")!.Text);
    }

    [Fact]
    public void Strict_makes_every_warning_an_error_and_writes_nothing()
    {
        var site = Sites.Minimal.Replace("Welcome.", "Welcome to [an old page](http://example.org/).", StringComparison.Ordinal);

        Assert.True(Build(site).Succeeded);
        var strict = Build(site, strict: true);
        Assert.False(strict.Succeeded);
        Assert.Empty(strict.Files);
        Assert.Equal(Severity.Error, Assert.Single(strict.Diagnostics).Severity);
    }

    [Fact]
    public void Skipped_heading_levels_are_reported()
    {
        var site = Sites.Minimal.Replace("## Part one", "#### Part one");

        var diagnostic = Assert.Single(Build(site).Diagnostics);
        Assert.Equal("content/essays/first.md:8:1: warning SB0506: essays/first/index.html: heading “Part one” (h4) follows an h1; headings skip no level", diagnostic.ToString());
    }

    [Fact]
    public void Links_over_plain_http_are_reported()
    {
        var site = Sites.Minimal.Replace("Opening words.", "Opening [words](http://example.com/).");

        Assert.Equal(DiagnosticCodes.InsecureLink, Assert.Single(Build(site).Diagnostics).Code);
    }

    [Fact]
    public void References_missing_what_apa_needs_for_their_type_are_reported()
    {
        var site = Sites.Minimal
            .Replace("  publisher: Little, Brown\n", "")
            .Replace("  type: book\n  author:\n  - family: Levine", "  type: article-journal\n  author:\n  - family: Levine");

        Assert.Equal(
            [
                "content/references.yaml:2:7: error SB0305: reference 'levine2010' (article-journal) has no 'container-title', which APA 7 needs for this type",
                "content/references.yaml:2:7: warning SB0305: reference 'levine2010' (article-journal) has no 'page', which APA 7 needs for this type",
                "content/references.yaml:2:7: warning SB0305: reference 'levine2010' (article-journal) has no 'volume', which APA 7 needs for this type",
                "content/references.yaml:15:7: warning SB0305: reference 'johnson2008' (book) has no 'publisher', which APA 7 needs for this type",
            ],
            Build(site).Diagnostics.Select(d => d.ToString()));
    }
}
