using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;

namespace SiteBuilder.Tests.Citations;

public class ExportRendererTests
{
    private static readonly Reference Article = ApaStyleTests.Book("bartholomew1991", "Styles & models: 100% {new}", 1991, CslName.Person("Bartholomew", "K."), CslName.Person("Horowitz", "L. M."))
        .Typed("article-journal").With("container-title", "Journal of Personality and Social Psychology").With("volume", "61").With("issue", "2")
        .With("page", "226–244").With("DOI", "10.1037/0022-3514.61.2.226").With("annote", "A framework.");

    [Fact]
    public void BibTeX_escapes_special_characters_and_uses_double_hyphen_ranges()
    {
        Assert.Equal(
            """
            @article{bartholomew1991,
              author = {Bartholomew, K. and Horowitz, L. M.},
              title = {Styles \& models: 100\% \{new\}},
              journal = {Journal of Personality and Social Psychology},
              year = {1991},
              volume = {61},
              number = {2},
              pages = {226--244},
              doi = {10.1037/0022-3514.61.2.226},
              annote = {A framework.},
            }

            """.ReplaceLineEndings("\n"),
            BibTeXRenderer.RenderOne(Article));
    }

    [Fact]
    public void Names_written_with_CSL_markup_are_plain_text_in_the_plain_exports()
    {
        var reference = ApaStyleTests.Book("doe2001", "T", 2001, CslName.Person("<i>Doe</i>", "<b>Jane</b>"), CslName.Institution("<span class=\"nocase\">iGroup</span>"));

        Assert.Contains("author = {Doe, Jane and {iGroup}}", BibTeXRenderer.RenderOne(reference), StringComparison.Ordinal);
        Assert.Contains("AU  - Doe, Jane\n", RisRenderer.RenderOne(reference), StringComparison.Ordinal);
        Assert.Equal(["Doe", "iGroup"], reference.PlainAuthors.Select(n => n.IsLiteral ? n.Literal : n.Family));
        Assert.Equal("<i>Doe</i>", reference.Authors[0].Family); // the data keeps its markup for CSL-JSON and the style
    }

    [Fact]
    public void BibTeX_escapes_what_LaTeX_would_read_as_markup_in_every_field_names_included()
    {
        var reference = ApaStyleTests.Book("odd2020", "Costs ~5% ^ more", 2020,
            CslName.Person("Smith and Sons", "Ann {A.}"), CslName.Person("Brown", "Bo"), CslName.Institution("Health & Care {Group}"));

        var bibtex = BibTeXRenderer.RenderOne(reference);

        // "and" inside one name is braced, or BibTeX would split it into two authors; the name's own braces are text
        Assert.Contains("  author = {{Smith and Sons}, Ann \\{A.\\} and Brown, Bo and {Health \\& Care \\{Group\\}}},\n", bibtex);
        Assert.Contains("  title = {Costs \\textasciitilde{}5\\% \\textasciicircum{} more},\n", bibtex);
    }

    [Fact]
    public void Ris_lists_one_tag_per_line_and_ends_the_record()
    {
        var ris = RisRenderer.RenderOne(Article);

        Assert.StartsWith("TY  - JOUR\nID  - bartholomew1991\nAU  - Bartholomew, K.\nAU  - Horowitz, L. M.\nPY  - 1991\n", ris);
        Assert.Contains("JO  - Journal of Personality and Social Psychology\n", ris);
        Assert.Contains("SP  - 226\nEP  - 244\n", ris);
        Assert.EndsWith("ER  - \n", ris);
    }

    [Fact]
    public void Ris_writes_a_value_of_several_lines_on_one()
    {
        var ris = RisRenderer.RenderOne(Article.With("annote", "First paragraph.\n\nSecond one\r\nwith a break.\n"));

        Assert.Contains("\nN1  - First paragraph. Second one with a break.\n", ris);
    }

    [Fact]
    public void Csl_json_round_trips_the_fields_and_keeps_unicode_readable()
    {
        var json = CslJsonRenderer.Render([Article]);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var item = document.RootElement[0];

        Assert.Equal("article-journal", item.GetProperty("type").GetString());
        Assert.Equal(1991, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("Horowitz", item.GetProperty("author")[1].GetProperty("family").GetString());
        Assert.Contains("\"page\": \"226–244\"", json);
    }
}
