using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

/// <summary>Sites whose bibliography is a Zotero export, a BibTeX file, or files named by an essay: end to end.</summary>
public class BibliographyFilesTests
{
    private const string Json = """
        -- content/library.json --
        [
          {"id": "levine2010", "type": "book", "title": "Attached", "publisher": "Tarcher", "issued": "2010",
           "author": [{"family": "Levine", "given": "Amir"}], "annote": "About attachment.", "ISSN": "x", "language": "en"},
          {"id": "unused2001", "type": "report", "title": "Unused", "issued": {"date-parts": [[2001]]}, "author": [{"literal": "A Council"}]}
        ]
        """;

    private const string Bib = """
        -- content/more.bib --
        @book{johnson2008, author = {Johnson, Sue M.}, title = {Hold Me Tight}, publisher = {Little, Brown}, year = 2008, annote = {About repair.}}
        """;

    private static string Site(string config, params string[] parts) =>
        string.Join("\n", [Sites.Config.Replace("title: Test site", "title: Test site\n" + config, StringComparison.Ordinal), Sites.Essay, Sites.Pages, .. parts]);

    [Fact]
    public void A_csl_json_export_and_a_bibtex_file_named_in_site_yaml_make_one_library()
    {
        var result = TestSite.Build(Site("bibliography: [content/library.json, content/more.bib]", Json, Bib));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Find("references/levine2010/index.html"));
        Assert.NotNull(result.Find("references/johnson2008/index.html"));
        Assert.Null(result.Find("references/unused2001/index.html"));
        Assert.Contains(result.Diagnostics, d => d.ToString() == "content/library.json: note SB0302: 1 of 3 references ('unused2001') are not cited, listed under 'nocite' or given a 'reading:' block, so they get no page");
    }

    [Fact]
    public void An_essay_may_name_its_own_bibliography_relative_to_itself()
    {
        var essay = Sites.Essay.Replace("description: It is short.", "description: It is short.\nbibliography: ../more.bib", StringComparison.Ordinal);
        var text = string.Join("\n", Sites.Config.Replace("title: Test site", "title: Test site\nbibliography: content/library.json", StringComparison.Ordinal), essay, Sites.Pages, Json, Bib);

        var result = TestSite.Build(text);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Find("references/johnson2008/index.html"));
    }

    [Fact]
    public void A_missing_bibliography_is_an_error_where_it_is_named_with_a_hint()
    {
        var result = TestSite.Build(Site("bibliography: content/libary.json", Json));

        Assert.Contains(result.Diagnostics, d => d.ToString() == "site.yaml:2:15: error SB0001: the bibliography 'content/libary.json' does not exist (did you mean 'content/library.json'?)");
    }

    [Fact]
    public void The_same_id_in_two_files_is_an_error_at_the_second()
    {
        var twice = Bib.Replace("johnson2008", "levine2010", StringComparison.Ordinal);

        var result = TestSite.Build(Site("bibliography: [content/library.json, content/more.bib]", Json, twice));

        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("content/more.bib:1:7: error SB0303: duplicate reference id 'levine2010' (first defined at content/library.json:2:10)", StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_that_are_not_csl_reach_the_reference_template_escaped()
    {
        var json = Json.Replace("\"language\": \"en\"", "\"language\": \"en\", \"shelf\": \"<b>B-12</b>\"", StringComparison.Ordinal);
        var text = Site("bibliography: [content/library.json, content/more.bib]", json, Bib)
            + "\n-- templates/layouts/reference.html --\n<main><h1>{{ page.title }}</h1>{{ if page.fields | object.has_key \"shelf\" }}<p>Shelf {{ page.fields.shelf }}, {{ page.fields.ISSN }}</p>{{ end }}</main>\n";

        var result = TestSite.Build(text);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Shelf &lt;b&gt;B-12&lt;/b&gt;, x", result.Find("references/levine2010/index.html")!.Text, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "SB0307" && d.Message.Contains("'shelf'", StringComparison.Ordinal));
    }
}
