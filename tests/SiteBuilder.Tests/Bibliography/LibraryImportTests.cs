using SiteBuilder.Bibliography;
using SiteBuilder.Csl.Data;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Bibliography;

/// <summary>Libraries as reference managers export them: a Zotero CSL-JSON file and a BibTeX file with every common construct.</summary>
public class LibraryImportTests
{
    private const string Zotero = """
        [
          {
            "id": "http://zotero.org/users/1/items/ABCD1234",
            "type": "entry-dictionary",
            "title": "Codependency",
            "title-short": "Codependency",
            "container-title": "APA Dictionary of Psychology",
            "publisher": "American Psychological Association",
            "URL": "https://dictionary.apa.org/codependency",
            "accessed": {"date-parts": [["2024", 2, 10]]},
            "language": "en",
            "abstract": "A pattern of relating.",
            "author": [{"literal": "American Psychological Association"}]
          },
          {
            "id": "vandijk2019",
            "type": "article-newspaper",
            "title": "The giver's fatigue",
            "container-title": "De Standaard",
            "ISSN": "0003-0000",
            "number": "12",
            "issued": "2019-11-06",
            "author": [{"family": "Dijk", "given": "Jan", "non-dropping-particle": "van"}, {"family": "Beauvoir", "given": "Simone", "dropping-particle": "de"}],
            "titel": "a typo"
          },
          {
            "id": "report2020",
            "type": "report",
            "title": "Care at home",
            "issued": {"raw": "2020~"},
            "author": ["Health Council"]
          }
        ]
        """;

    [Theory]
    [InlineData("de' Medici")]
    [InlineData("d'Alembert")]
    [InlineData("van der Berg")]
    public void A_name_s_particle_reads_back_the_same_from_the_csl_json_export(string family)
    {
        var yaml = $"- id: a\n  type: book\n  title: T\n  author:\n  - family: \"{family}\"\n    given: A.\n";
        var first = BibliographyReader.Read(yaml, new DiagnosticBag(), "content/references.yaml").References[0];

        var again = BibliographyReader.Read(SiteBuilder.Citations.CslJsonRenderer.Render([first]), new DiagnosticBag(), "content/library.json").References[0];

        Assert.Equal(family, first.Authors[0].FamilyWithParticle);
        Assert.Equal(family, again.Authors[0].FamilyWithParticle);
    }

    [Fact]
    public void A_zotero_csl_json_export_is_read_with_warnings_only_for_what_is_not_csl()
    {
        var diagnostics = new DiagnosticBag();
        var library = BibliographyReader.Read(Zotero, diagnostics, "content/library.json");

        Assert.Equal(3, library.References.Count);
        var entry = library.References[0];
        Assert.Equal("American Psychological Association", entry.Authors[0].Literal);
        Assert.Equal(new CslDatePart(2024, 2, 10), entry.Item.DateOf("accessed")!.Parts[0]);
        Assert.Equal("en", entry.Item["language"]);
        var article = library.References[1];
        Assert.Equal("van Dijk", article.Authors[0].FamilyWithParticle);
        Assert.Equal("de", article.Authors[1].DroppingParticle);
        Assert.Equal(new CslDatePart(2019, 11, 6), article.Issued!.Parts[0]);
        Assert.Equal("a typo", article.Item.Extra["titel"]);
        Assert.True(library.References[2].Issued!.Circa);
        Assert.Equal(
            [
                "content/library.json:24:5: warning SB0307: unknown CSL variable 'titel' in reference 'vandijk2019' (did you mean 'title'?); it is kept for templates but no style reads it",
                "content/library.json:31:16: warning SB0103: the name 'Health Council' in 'author' of reference 'report2020' is plain text, so it is read as one literal name (an institution); write a person as family: and given:",
            ],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    private const string BibTeX = """
        % exported by hand, with every construct
        @string{pub = "Harbor " # "Press"}
        @comment{ignored entirely}

        @book{muller2001,
          author    = {M{\"u}ller, J{\"o}rg and Nu{\~n}ez, Jos\'{e} and {World Health Organization} and others},
          title     = {{DNA} and the {\&} sign -- a study},
          publisher = pub,
          year      = 2001,
          month     = nov,
          edition   = {2},
          address   = {Z\"urich},
        }

        @article(vonneumann1950,
          author  = "John von Neumann and King, Jr., Martin Luther",
          title   = "Games {"}and{"} love",
          journal = {Journal of Things},
          volume  = {3}, number = {4}, pages = {10--20},
          doi     = {10.1000/xyz},
          date    = {1950-03},
          file    = {C:/papers/x.pdf}
        )

        @phdthesis{lee2016, author = {Lee, Min}, title = {Kind acts}, school = {Seoul University}, year = {2016}}
        @online{site2020, title = {A page}, url = {https://example.org/p}, urldate = {2020-01-02}, year = {2020}}
        """;

    [Fact]
    public void A_bibtex_file_is_mapped_to_csl_items()
    {
        var diagnostics = new DiagnosticBag();
        var library = BibliographyReader.Read(BibTeX, diagnostics, "content/library.bib");

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["muller2001", "vonneumann1950", "lee2016", "site2020"], library.References.Select(r => r.Id));
        var book = library.References[0];
        Assert.Equal("book", book.Type);
        Assert.Equal(["Müller", "Nuñez", "World Health Organization"], book.Authors.Select(a => a.Family ?? a.Literal));
        Assert.Equal("Jörg", book.Authors[0].Given);
        Assert.Equal("José", book.Authors[1].Given);
        Assert.True(book.Authors[2].IsLiteral);
        Assert.Equal("true", book.Item.Extra["author-and-others"]);
        Assert.Equal("DNA and the & sign – a study", book.Title);
        Assert.Equal("Harbor Press", book.Publisher);
        Assert.Equal("Zürich", book.PublisherPlace);
        Assert.Equal(new CslDatePart(2001, 11), book.Issued!.Parts[0]);
        var article = library.References[1];
        Assert.Equal("article-journal", article.Type);
        Assert.Equal("von Neumann", article.Authors[0].FamilyWithParticle);
        Assert.Equal(("King", "Martin Luther", "Jr."), (article.Authors[1].Family, article.Authors[1].Given, article.Authors[1].Suffix));
        Assert.Equal("Games \"and\" love", article.Title);
        Assert.Equal(("4", "10–20"), (article.Issue, article.Page));
        Assert.Equal(new CslDatePart(1950, 3), article.Issued!.Parts[0]);
        Assert.Equal("C:/papers/x.pdf", article.Item.Extra["file"]);
        Assert.Equal(("thesis", "Doctoral dissertation", "Seoul University"), (library.References[2].Type, library.References[2].Item["genre"], library.References[2].Publisher));
        Assert.Equal(new CslDatePart(2020, 1, 2), library.References[3].Item.DateOf("accessed")!.Parts[0]);
    }

    [Theory]
    [InlineData("@book{a, title = {Open\n", "content/x.bib:1:18: error SB0306: the value of 'title' in the entry 'a' is not closed")]
    [InlineData("@book{a, title = {T}, year = 2001 publisher = {P}}", "content/x.bib:1:35: error SB0306: expected ',' after the value of 'year' in the entry 'a'")]
    [InlineData("@book{a, title = {T}, publisher = nopub}", "content/x.bib:1:35: warning SB0306: unknown @string macro 'nopub'; it is read as the text 'nopub'")]
    [InlineData("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\",}, {\"id\": }]", "content/x.json:1:53: error SB0306: invalid JSON: '}' is an invalid start of a value")]
    public void Problems_are_located_at_line_and_column(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();
        var path = text.StartsWith('[') ? "content/x.json" : "content/x.bib";

        BibliographyReader.Read(text, diagnostics, path);

        Assert.Equal(expected, diagnostics.ToSortedList()[0].ToString());
    }

    [Fact]
    public void The_same_id_in_two_files_is_an_error_at_the_second()
    {
        var diagnostics = new DiagnosticBag();
        var files = new Dictionary<string, string>
        {
            ["content/a.yaml"] = "references:\n- id: x\n  type: book\n  title: A\n",
            ["content/b.bib"] = "@book{x, title = {B}}",
        };

        var library = BibliographyReader.Load(
            files.Keys.Select(p => (p, SourceLocation.File("site.yaml"))).ToList(),
            p => files.TryGetValue(p, out var t) ? new SiteBuilder.Content.SourceFile(p, t) : null,
            files.Keys,
            diagnostics);

        Assert.Single(library.References);
        Assert.Equal("content/b.bib:1:7: error SB0303: duplicate reference id 'x' (first defined at content/a.yaml:2:7)", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("2019-11-06", 2019, 11, 6, false)]
    [InlineData("2019-11", 2019, 11, null, false)]
    [InlineData("2019~", 2019, null, null, true)]
    [InlineData("6 November 2019", 2019, 11, 6, false)]
    [InlineData("November 6, 2019", 2019, 11, 6, false)]
    [InlineData("Nov. 2019", 2019, 11, null, false)]
    public void Date_strings_are_read_in_iso_edtf_and_written_forms(string text, int year, int? month, int? day, bool circa)
    {
        var date = CslDateText.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(new CslDatePart(year, month, day), date!.Parts[0]);
        Assert.Equal(circa, date.Circa);
    }

    [Fact]
    public void A_date_range_and_a_season_are_read()
    {
        var range = CslDateText.Parse("2019/2020", out _)!;
        var spring = CslDateText.Parse("2019-21", out _)!;

        Assert.Equal([2019, 2020], range.Parts.Select(p => p.Year));
        Assert.Equal(1, spring.Season);
    }
}
