using SiteBuilder.Diagnostics;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

public class SiteBuildTests
{
    [Fact]
    public void Minimal_site_builds_every_page_without_diagnostics()
    {
        var result = TestSite.Build(Sites.Minimal);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                "essays/first/first.bib", "essays/first/index.html", "feed.xml", "index.html",
                "reading-list/index.html", "reading-list/reading-list.bib", "reading-list/reading-list.json", "reading-list/reading-list.ris",
                "references/index.html", "references/johnson2008/index.html", "references/johnson2008/johnson2008.bib",
                "references/johnson2008/johnson2008.json", "references/johnson2008/johnson2008.ris",
                "references/levine2010/index.html", "references/levine2010/levine2010.bib", "references/levine2010/levine2010.json",
                "references/levine2010/levine2010.ris", "references/references.bib", "references/references.json", "references/references.ris",
                "robots.txt", "sitemap.xml",
            ],
            result.Files.Select(f => f.Path).Where(p => !p.StartsWith("assets/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Citations_are_formatted_in_apa_and_link_to_their_reference_pages()
    {
        var essay = Support.LocatorSpans.Strip(TestSite.Build(Sites.Minimal).Find("essays/first/index.html")!.Text);

        Assert.Contains("<a class=\"citation-link\" href=\"../../references/levine2010/index.html\" data-ref=\"ref-levine2010\" data-locator=\"pp.\u00a070–85\">Levine &amp; Heller, 2010, pp. 70–85</a>", essay);
        Assert.Contains(" data-locator=\"p.\u00a03\">Johnson (2008, p. 3)</a>", essay);
    }

    [Fact]
    public void A_citations_locator_is_one_unit_that_does_not_break()
    {
        var essay = TestSite.Build(Sites.Minimal).Find("essays/first/index.html")!.Text;

        Assert.Contains("Levine &amp; Heller, 2010, <span class=\"csl-locator\">pp. <span class=\"csl-locator\">70–85</span></span></a>", essay, StringComparison.Ordinal);
    }

    [Fact]
    public void The_references_index_groups_works_by_kind_with_their_gist_and_citing_passages()
    {
        var article = """
            - id: bartholomew1991
              type: article-journal
              author:
              - family: Bartholomew
                given: K.
              issued: 1991
              title: Attachment styles among young adults
              container-title: Journal of Personality and Social Psychology
              volume: 61
              page: 226-244
              annote: Introduces the four-category model. It is much cited since.
            """;
        var essay = Sites.Essay.Replace("More text follows.", "More text follows [@bartholomew1991].", StringComparison.Ordinal);
        var site = string.Join("\n", Sites.Config, Sites.References.TrimEnd() + "\n" + article, essay, Sites.Pages);

        var index = TestSite.Build(site).Find("references/index.html")!.Text;

        Assert.True(index.IndexOf(">Books</h2>", StringComparison.Ordinal) < index.IndexOf(">Journal articles</h2>", StringComparison.Ordinal));
        Assert.Contains("<span class=\"gist\">Introduces the four-category model.</span>", index, StringComparison.Ordinal);
        Assert.Contains("About this work, and the passage that cites it", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_page_says_where_to_find_the_work_from_its_own_data()
    {
        var references = Sites.References.Replace("publisher: Tarcher", "publisher: Tarcher\n  ISBN: 978-1-58542-848-9\n  DOI: 10.1000/attached", StringComparison.Ordinal);

        var result = TestSite.Build(string.Join("\n", Sites.Config, references, Sites.Essay, Sites.Pages));

        var page = result.Find("references/levine2010/index.html")!.Text;
        Assert.Contains("href=\"https://doi.org/10.1000/attached\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://search.worldcat.org/isbn/9781585428489\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://search.worldcat.org/search?q=Attached%3A%20The%20new%20science%20of%20adult%20attachment%20Levine\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("worldcat.org/isbn", result.Find("references/johnson2008/index.html")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_page_gives_no_lede_that_only_repeats_the_essays_opening()
    {
        var repeating = Sites.Essay.Replace("description: It is short.", "description: Opening words.", StringComparison.Ordinal);

        Assert.DoesNotContain("class=\"lede\"", TestSite.Build(string.Join("\n", Sites.Config, Sites.References, repeating, Sites.Pages)).Find("index.html")!.Text, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lede\">It is short.</p>", TestSite.Build(Sites.Minimal).Find("index.html")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Essay_ends_with_a_sorted_reference_list_with_entry_anchors()
    {
        var essay = TestSite.Build(Sites.Minimal).Find("essays/first/index.html")!.Text;

        var johnson = essay.IndexOf("id=\"ref-johnson2008\"", StringComparison.Ordinal);
        var levine = essay.IndexOf("id=\"ref-levine2010\"", StringComparison.Ordinal);
        Assert.True(johnson > 0 && levine > johnson, "entries are sorted by author");
        Assert.Contains("Levine, A., &amp; Heller, R. S. F. (2010). <i>Attached: The new science of adult attachment</i>.", essay);
    }

    [Fact]
    public void Reference_page_links_back_to_each_citation_with_an_excerpt()
    {
        var result = TestSite.Build(Sites.Minimal);
        var page = result.Find("references/levine2010/index.html")!.Text;
        var essay = result.Find("essays/first/index.html")!.Text;

        Assert.Contains("href=\"../../essays/first/index.html#cite-1\"", page);
        Assert.Contains("<p>Attachment matters.</p>", page);
        Assert.Contains("<span class=\"citation\" id=\"cite-1\" data-cites=\"levine2010\">", essay);
    }

    [Fact]
    public void Each_reference_list_entry_leads_back_to_every_citation_of_it()
    {
        var essay = """
            -- content/essays/first.md --
            ---
            title: A first essay
            ---

            ## Part one

            Attachment matters [@levine2010, pp. 70–85]. Repair is possible [@johnson2008].

            ## Part two

            Again [see @levine2010; @johnson2008, p. 3].
            """;

        var page = TestSite.Build(string.Join("\n", Sites.Config, Sites.References, essay, Sites.Pages)).Find("essays/first/index.html")!.Text;

        Assert.Contains("<span class=\"backlinks\"><a href=\"#cite-1\" title=\"Back to citation 1 of 2 (Part one)\">a<span class=\"visually-hidden\">: Back to citation 1 of 2 (Part one)</span></a> <a href=\"#cite-3\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#cite-2\" title=\"Back to citation 1 of 2 (Part one)\">a", page, StringComparison.Ordinal);
        Assert.Contains("id=\"cite-3\" data-cites=\"levine2010 johnson2008\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_page_has_scholar_tags_downloads_and_neighbours()
    {
        var page = TestSite.Build(Sites.Minimal).Find("references/levine2010/index.html")!.Text;

        Assert.Contains("<meta name=\"citation_title\" content=\"Attached: The new science of adult attachment\">", page);
        Assert.Contains("<meta name=\"citation_author\" content=\"Levine, A.\">", page);
        Assert.Contains("<meta name=\"citation_publication_date\" content=\"2010\">", page);
        Assert.Contains("href=\"levine2010.ris\"", page);
        Assert.Contains("rel=\"prev\" href=\"../johnson2008/index.html\"", page);
        Assert.DoesNotContain("rel=\"next\"", page);
    }

    [Fact]
    public void Unknown_citation_key_is_reported_at_its_line_with_a_suggestion()
    {
        var result = TestSite.Build(Sites.Minimal.Replace("[@levine2010, pp. 70–85]", "[@levin2010, pp. 70–85]"));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("content/essays/first.md:10:21: error SB0301: unknown citation key 'levin2010' (did you mean 'levine2010'?): not in content/references.yaml", diagnostic.ToString());
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_reference_nothing_cites_or_lists_gets_no_page_and_one_note_that_strict_accepts()
    {
        var site = Sites.Minimal.Replace("As @johnson2008 [p. 3] argues", "As one argues");
        var result = TestSite.Build(site);
        var strict = SiteBuilder.Build.SiteBuild.Run(TestSite.Parse(site), new SiteBuilder.Build.BuildOptions(Strict: true));

        Assert.True(result.Succeeded);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal("content/references.yaml: note SB0302: 1 of 2 references ('johnson2008') are not cited, listed under 'nocite' or given a 'reading:' block, so they get no page", note.ToString());
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("references/johnson2008/", StringComparison.Ordinal));
        Assert.DoesNotContain("Johnson", result.Find("references/index.html")!.Text);
        Assert.Contains(result.Files, f => f.Path == "references/levine2010/index.html");
        Assert.True(strict.Succeeded);
    }

    [Fact]
    public void Nocite_adds_uncited_works_to_the_reference_list_without_a_warning()
    {
        var site = Sites.Minimal
            .Replace("As @johnson2008 [p. 3] argues", "As one argues")
            .Replace("description: It is short.", "description: It is short.\nnocite: [johnson2008]");
        var result = TestSite.Build(site);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("id=\"ref-johnson2008\"", result.Find("essays/first/index.html")!.Text);
    }

    [Fact]
    public void Reference_title_with_markup_is_escaped_everywhere()
    {
        var result = TestSite.Build(Sites.Minimal.Replace("title: \"Hold me tight: Seven conversations for a lifetime of love\"", "title: \"<script>alert(1)</script> & more\""));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in result.Files.Where(f => f.IsHtml))
        {
            Assert.DoesNotContain("<script>alert", file.Text);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", result.Find("references/johnson2008/index.html")!.Text);
    }

    [Fact]
    public void Drafts_are_left_out_of_a_build_and_kept_in_preview()
    {
        var site = Sites.Minimal + "\n-- content/pages/later.md --\n---\ntitle: Later\ndraft: true\n---\n\nNot yet.\n";

        Assert.Null(TestSite.Build(site).Find("later/index.html"));
        Assert.NotNull(TestSite.Build(site, drafts: true).Find("later/index.html"));
    }

    [Fact]
    public void Two_builds_of_the_same_sources_are_byte_identical()
    {
        var first = TestSite.Build(Sites.Minimal);
        var second = TestSite.Build(Sites.Minimal);

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Only_the_preview_gets_the_live_reload_script()
    {
        Assert.All(TestSite.Build(Sites.Minimal).Files, f => Assert.DoesNotContain("__sitebuilder", f.Text));

        var preview = SiteBuilder.Build.SiteBuild.Run(TestSite.Parse(Sites.Minimal), new SiteBuilder.Build.BuildOptions(Preview: true));
        Assert.All(preview.Files.Where(f => f.IsHtml), f => Assert.Contains("<script src=\"", f.Text));
        Assert.Contains("__sitebuilder/live-reload.js\" defer></script></head>", preview.Find("essays/first/index.html")!.Text);
    }

    [Fact]
    public void Internal_links_are_relative_so_the_site_works_under_any_base_path()
    {
        var result = TestSite.Build(Sites.Minimal);

        foreach (var file in result.Files.Where(f => f.IsHtml && f.Path != "404.html"))
        {
            Assert.DoesNotMatch("(href|src)=\"/[^/]", file.Text);
        }
    }

    [Fact]
    public void Every_page_has_a_language_a_skip_link_and_site_navigation()
    {
        var result = TestSite.Build(Sites.Minimal);

        Assert.All(result.Files.Where(f => f.IsHtml), file =>
        {
            Assert.Contains("<html lang=\"en\">", file.Text);
            Assert.Contains("class=\"skip-link\" href=\"#main\"", file.Text);
            Assert.Contains("<nav class=\"site-nav\" aria-label=\"Site\">", file.Text);
        });
    }

    [Fact]
    public void Reading_list_groups_references_by_declared_theme_in_order()
    {
        var site = Sites.Minimal
            .Replace("title: Reading list\n", "title: Reading list\nthemes:\n  - id: repair\n    title: Repair\n  - id: bonds\n    title: Bonds\n")
            .Replace("  reading:\n    pages: 70–85", "  reading:\n    pages: 70–85\n    theme: bonds")
            .Replace("title: \"Hold me tight", "reading:\n    theme: repair\n  title: \"Hold me tight");
        var page = TestSite.Build(site).Find("reading-list/index.html")!.Text;

        var repair = page.IndexOf(">Repair<", StringComparison.Ordinal);
        var bonds = page.IndexOf(">Bonds<", StringComparison.Ordinal);
        Assert.True(repair > 0 && bonds > repair);
        Assert.True(page.IndexOf("read-johnson2008", StringComparison.Ordinal) < page.IndexOf("read-levine2010", StringComparison.Ordinal));
        Assert.Contains("<strong>Read:</strong> pages 70–85", page);
    }

    [Fact]
    public void Reference_with_an_undeclared_theme_is_an_error()
    {
        var site = Sites.Minimal.Replace("  reading:\n    pages: 70–85", "  reading:\n    pages: 70–85\n    theme: bond");
        var diagnostic = Assert.Single(TestSite.Build(site).Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownTheme, diagnostic.Code);
    }
}
