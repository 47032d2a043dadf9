using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

/// <summary>A site formatted by a CSL style from styles/ instead of the built-in APA: end to end.</summary>
public class CslStyleSiteTests
{
    private const string Numeric = """
        -- styles/numeric.csl --
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>Numeric test style</title><id>http://example.org/styles/numeric</id></info>
          <citation collapse="citation-number">
            <sort><key variable="citation-number"/></sort>
            <layout prefix="[" suffix="]" delimiter=", ">
              <group delimiter=", "><text variable="citation-number"/><group><label variable="locator" form="short" suffix=" "/><text variable="locator"/></group></group>
            </layout>
          </citation>
          <bibliography>
            <sort><key macro="author"/></sort>
            <layout suffix=".">
              <text variable="citation-number" prefix="[" suffix="] "/>
              <group delimiter=", "><text macro="author"/><text variable="title" font-style="italic"/><date variable="issued"><date-part name="year"/></date></group>
            </layout>
          </bibliography>
          <macro name="author"><names variable="author"><name initialize-with=". " delimiter=", " and="text"/></names></macro>
        </style>
        """;

    private static string Site(string style, params string[] parts) =>
        string.Join("\n", [Sites.Config.Replace("title: Test site", "title: Test site\ncitation_style: " + style, StringComparison.Ordinal), Sites.References, Sites.Essay, Sites.Pages, .. parts]);

    [Fact]
    public void A_csl_style_formats_citations_and_entries_and_every_cite_links_to_its_reference()
    {
        var result = TestSite.Build(Site("styles/numeric.csl", Numeric));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var essay = Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text);
        Assert.Contains("href=\"../../references/levine2010/index.html\" data-ref=\"ref-levine2010\" data-locator=\"pp.\u00a070–85\">2, pp. 70–85</a>]", essay, StringComparison.Ordinal);
        Assert.Contains("[2] A. Levine and R. S. F. Heller, <i>Attached: The new science of adult attachment</i>, 2010.", essay, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_the_style_prints_nothing_for_is_a_located_warning_and_shows_why()
    {
        var articlesOnly = """
            -- styles/articles.csl --
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Articles only</title><id>http://example.org/styles/articles</id></info>
              <citation><layout><choose><if type="article-journal"><text variable="title"/></if></choose></layout></citation>
              <bibliography><layout><text variable="title"/></layout></bibliography>
            </style>
            """;

        var result = TestSite.Build(Site("styles/articles.csl", articlesOnly));

        var warnings = result.Diagnostics.Where(d => d.Code == "SB0309").Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith("content/essays/first.md:10:", StringComparison.Ordinal) && w.Contains("'levine2010' (a book): the page shows", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("content/essays/first.md:12:", StringComparison.Ordinal) && w.Contains("'johnson2008' (a book): nothing shows in its place", StringComparison.Ordinal));
        Assert.Contains("[CSL STYLE ERROR: reference with no printed form.]", result.Find("essays/first/index.html")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependent_style_is_formatted_by_its_parent_from_styles()
    {
        var dependent = """
            -- styles/journal.csl --
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Journal of Tests</title><id>http://example.org/styles/journal</id>
                <link href="http://example.org/styles/numeric" rel="independent-parent"/></info>
            </style>
            """;

        var result = TestSite.Build(Site("styles/journal.csl", Numeric, dependent));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(" data-locator=\"pp.\u00a070–85\">2, pp. 70–85</a>]", Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_parent_a_missing_style_and_a_broken_style_are_errors_where_they_are()
    {
        var orphan = "-- styles/orphan.csl --\n<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\"><info><link href=\"http://example.org/none\" rel=\"independent-parent\"/></info></style>\n";
        var broken = "-- styles/broken.csl --\n<style xmlns=\"http://purl.org/net/xbiblio/csl\">\n  <citation>\n</style>\n";

        Assert.Contains(TestSite.Build(Site("styles/orphan.csl", orphan)).Diagnostics, d => d.ToString() == "styles/orphan.csl: error SB0308: 'styles/orphan.csl' is a dependent style: it formats as 'http://example.org/none', which is not in styles/; download that style's .csl file into styles/");
        Assert.Contains(TestSite.Build(Site("styles/numerc.csl", Numeric)).Diagnostics, d => d.ToString() == "site.yaml:2:17: error SB0001: the citation style 'styles/numerc.csl' does not exist; CSL styles live under styles/ (did you mean 'styles/numeric.csl'?)");
        Assert.Contains(TestSite.Build(Site("styles/broken.csl", broken)).Diagnostics, d => d.Code == "SB0308" && d.Location.ToString().StartsWith("styles/broken.csl:3:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_locale_from_styles_gives_the_style_its_terms()
    {
        var german = """
            -- styles/locales-de-DE.xml --
            <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="de-DE">
              <terms><term name="page" form="short"><single>S.</single><multiple>S.</multiple></term><term name="and">und</term></terms>
            </locale>
            """;
        var config = "styles/numeric.csl\nlocale: de-DE";

        var result = TestSite.Build(Site(config, Numeric, german));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(">2, S. 70–85</a>]", Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text), StringComparison.Ordinal);
        Assert.Contains("A. Levine und R. S. F. Heller", Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text), StringComparison.Ordinal);
        Assert.Contains(TestSite.Build(Site("styles/numeric.csl\nlocale: fr-FR", Numeric)).Diagnostics, d => d.Message.StartsWith("the locale 'fr-FR' is not in styles/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_styles_own_terms_for_its_language_apply_without_a_locale_file()
    {
        // the style asks for German and brings its German "and"; with no locales-de-DE.xml, English stands in for the rest
        var german = Numeric.Replace("version=\"1.0\">", "version=\"1.0\" default-locale=\"de-DE\">", StringComparison.Ordinal)
            .Replace("<citation ", "<locale xml:lang=\"de\"><terms><term name=\"and\">und</term></terms></locale>\n  <citation ", StringComparison.Ordinal);

        var result = TestSite.Build(Site("styles/numeric.csl", german));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var essay = Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text);
        Assert.Contains("A. Levine und R. S. F. Heller", essay, StringComparison.Ordinal);
        Assert.Contains(">2, pp. 70–85</a>]", essay, StringComparison.Ordinal);
    }

    [Fact]
    public void An_essay_may_name_its_own_style_and_the_other_essays_keep_the_sites()
    {
        var second = """
            -- content/essays/second.md --
            ---
            title: A second essay
            citation_style: ../../styles/numeric.csl
            ---

            Attachment matters [@levine2010, pp. 70–85].
            """;

        var result = TestSite.Build(Site("apa", Numeric, second));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(">Levine &amp; Heller, 2010, pp. 70–85</a>", Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text), StringComparison.Ordinal);
        var own = Support.LocatorSpans.Strip(result.Find("essays/second/index.html")!.Text);
        Assert.Contains("data-ref=\"ref-levine2010\" data-locator=\"pp.\u00a070–85\">1, pp. 70–85</a>]", own, StringComparison.Ordinal);
        Assert.Contains("[1] A. Levine and R. S. F. Heller", own, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_essay_style_is_an_error_at_its_front_matter_line()
    {
        var second = """
            -- content/essays/second.md --
            ---
            title: A second essay
            citation_style: /styles/numerc.csl
            ---

            Text [@levine2010].
            """;

        var result = TestSite.Build(Site("apa", Numeric, second));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("content/essays/second.md:3:17:", StringComparison.Ordinal) && d.ToString().Contains("styles/numeric.csl", StringComparison.Ordinal));
    }

    private const string Notes = """
        -- styles/notes.csl --
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
          <info><title>Notes test style</title><id>http://example.org/styles/notes</id></info>
          <macro name="short"><names variable="author"><name form="short" and="text"/></names></macro>
          <citation>
            <layout delimiter="; ">
              <choose>
                <if position="ibid-with-locator"><group delimiter=", "><text term="ibid" text-case="capitalize-first"/><text variable="locator"/></group></if>
                <else-if position="ibid"><text term="ibid" text-case="capitalize-first"/></else-if>
                <else-if position="subsequent"><group delimiter=", "><text macro="short"/><text variable="title" form="short" font-style="italic"/><text variable="locator"/></group></else-if>
                <else><group delimiter=", "><names variable="author"><name and="text"/></names><text variable="title" font-style="italic"/><date variable="issued"><date-part name="year"/></date><text variable="locator"/></group></else>
              </choose>
            </layout>
          </citation>
          <bibliography>
            <sort><key macro="short"/></sort>
            <layout suffix="."><group delimiter=". "><names variable="author"><name name-as-sort-order="first" and="text"/></names><text variable="title" font-style="italic"/></group></layout>
          </bibliography>
        </style>
        """;

    [Fact]
    public void A_note_style_puts_each_citation_in_a_footnote_numbered_with_the_authors_own()
    {
        var essay = """
            -- content/essays/first.md --
            ---
            title: A first essay
            ---

            Attachment matters [@levine2010, p. 70]. A thought of my own.[^mine]

            As @johnson2008 argues, repair is possible [@levine2010, p. 72]. Again [@levine2010, p. 72].

            [^mine]: See also [@johnson2008, p. 9].
            """;

        var result = TestSite.Build(string.Join("\n", [Sites.Config.Replace("title: Test site", "title: Test site\ncitation_style: styles/notes.csl", StringComparison.Ordinal), Sites.References, essay, Sites.Pages, Notes]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Support.LocatorSpans.Strip(result.Find("essays/first/index.html")!.Text);
        var notes = page[page.IndexOf("<div class=\"footnotes\">", StringComparison.Ordinal)..];
        // the text calls notes 1 to 5 in order; the author's note is the second
        Assert.Contains("Attachment matters <a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>.", page, StringComparison.Ordinal);
        Assert.Contains("<sup>2</sup></a></p>", page, StringComparison.Ordinal);
        Assert.Contains(">Johnson</a><a id=\"fnref:3\" href=\"#fn:3\" class=\"footnote-ref\"><sup>3</sup></a> argues", page, StringComparison.Ordinal);
        Assert.Matches("<li id=\"fn:1\">\\s*<p>.*A. Levine and R. S. F. Heller, <i>Attached: The new science of adult attachment</i>, 2010, 70</a>\\.</span><a href=\"#fnref:1\" class=\"footnote-back-ref\">", notes);
        Assert.Matches("<li id=\"fn:2\">\\s*<p[^>]*>See also .*S. M. Johnson, <i>Hold me tight: Seven conversations for a lifetime of love</i>, 2008, 9", notes);
        Assert.Matches("<li id=\"fn:3\">\\s*<p>.*Johnson, <i>Hold me tight</i></a>", notes);
        Assert.Matches("<li id=\"fn:4\">\\s*<p>.*Levine and Heller, <i>Attached</i>, 72</a>", notes);
        Assert.Matches("<li id=\"fn:5\">\\s*<p>.*Ibid\\.</a></span><a", notes);
    }
}
