using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Citations;

public class ApaStyleTests
{
    private static readonly SourceLocation Here = new("test.yaml", 1, 1);
    private readonly ICitationStyle style = BuiltInStyles.Apa();

    internal static Reference Book(string id, string title, int? year, params CslName[] authors)
    {
        var item = new CslItem(id, "book")
        {
            Variables = new Dictionary<string, string> { ["title"] = title },
            Names = new Dictionary<string, IReadOnlyList<CslName>> { ["author"] = authors },
            Dates = year is null ? new Dictionary<string, CslDate>() : new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(year.Value) },
        };
        return new Reference(item, ReadingInfo.None, Here);
    }

    private static Reference Article(string id, params CslName[] authors) =>
        Book(id, "Attachment styles among young adults: A test of a four-category model", 1991, authors).Typed("article-journal")
            .With("container-title", "Journal of Personality and Social Psychology").With("volume", "61").With("issue", "2").With("page", "226-244");

    /// <summary>A citation formatted as a document's only citation, its works the document's reference list.</summary>
    private FormattedCitation Format(Citation citation, params Reference[] references) =>
        new CitationProcessor(style, new ReferenceLibrary(references)).Process([citation], [], Here, new DiagnosticBag()).Citations[0]!;

    private static readonly CslName Levine = CslName.Person("Levine", "A.");
    private static readonly CslName Heller = CslName.Person("Heller", "R. S. F.");

    [Fact]
    public void Book_entry_has_authors_with_initials_year_and_italic_title()
    {
        var entry = style.FormatEntry(Book("l", "Attached: The new science", 2010, Levine, Heller), "2010");

        Assert.Equal("Levine, A., &amp; Heller, R. S. F. (2010). <i>Attached: The new science</i>.", entry.ToHtml());
    }

    [Fact]
    public void Book_entry_adds_edition_publisher_and_doi_link()
    {
        var book = Book("l", "Attached", 2010, Levine).With("edition", "2").With("publisher", "TarcherPerigee").With("DOI", "10.1000/xyz");

        Assert.Equal(
            "Levine, A. (2010). <i>Attached</i> (2nd ed.). TarcherPerigee. <a href=\"https://doi.org/10.1000/xyz\">https://doi.org/10.1000/xyz</a>",
            style.FormatEntry(book, "2010").ToHtml());
    }

    [Fact]
    public void Journal_article_entry_italicises_journal_and_volume_with_an_en_dash_range()
    {
        var entry = style.FormatEntry(Article("b", CslName.Person("Bartholomew", "K."), CslName.Person("Horowitz", "L. M.")), "1991");

        Assert.Equal(
            "Bartholomew, K., &amp; Horowitz, L. M. (1991). Attachment styles among young adults: A test of a four-category model. <i>Journal of Personality and Social Psychology</i>, <i>61</i>(2), 226–244.",
            entry.ToHtml());
    }

    [Fact]
    public void Three_to_twenty_authors_are_all_listed_with_an_ampersand_before_the_last()
    {
        var names = Enumerable.Range(1, 3).Select(i => CslName.Person("Author" + i, "A.")).ToArray();

        Assert.StartsWith("Author1, A., Author2, A., &amp; Author3, A. (2000).", style.FormatEntry(Book("x", "T", 2000, names), "2000").ToHtml());
    }

    [Fact]
    public void More_than_twenty_authors_show_nineteen_an_ellipsis_and_the_last()
    {
        var names = Enumerable.Range(1, 22).Select(i => CslName.Person("A" + i, "B.")).ToArray();
        var text = style.FormatEntry(Book("x", "T", 2000, names), "2000").ToPlainText();

        Assert.Contains("A19, B., . . . A22, B. (2000).", text);
        Assert.DoesNotContain("A20,", text);
    }

    [Fact]
    public void Work_without_author_moves_its_title_first()
    {
        Assert.Equal("<i>Anonymous work</i>. (n.d.).", style.FormatEntry(Book("x", "Anonymous work", null), "n.d.").ToHtml());
    }

    [Fact]
    public void Chapter_entry_names_editors_and_book_with_pages()
    {
        var chapter = Book("c", "A chapter", 2001, Levine).Typed("chapter")
            .With("container-title", "The big book").With("editor", [CslName.Person("Editor", "E.")]).With("page", "10-20").With("publisher", "Press");

        Assert.Equal("Levine, A. (2001). A chapter. In E. Editor (Ed.), <i>The big book</i> (pp. 10–20). Press.", style.FormatEntry(chapter, "2001").ToHtml());
    }

    [Fact]
    public void Bibliography_sorts_by_author_then_year()
    {
        var sorted = style.Sort([Book("z", "Z", 2010, Levine), Book("j", "J", 2008, CslName.Person("Johnson", "S. M.")), Book("y", "Y", 2005, Levine)]);

        Assert.Equal(["j", "y", "z"], sorted.Select(r => r.Id));
    }

    [Fact]
    public void Same_author_and_year_get_letter_suffixes_in_title_order()
    {
        var labels = style.YearLabels([Book("b", "Beta", 2010, Levine), Book("a", "Alpha", 2010, Levine), Book("c", "Other", 2011, Levine)]);

        Assert.Equal("2010a", labels["a"]);
        Assert.Equal("2010b", labels["b"]);
        Assert.Equal("2011", labels["c"]);
    }

    [Theory]
    [InlineData(false, false, null, "(Levine &amp; Heller, 2010)")]
    [InlineData(false, false, "70–85", "(Levine &amp; Heller, 2010, pp. 70–85)")]
    [InlineData(false, false, "7", "(Levine &amp; Heller, 2010, p. 7)")]
    [InlineData(true, false, null, "Levine and Heller (2010)")]
    [InlineData(true, false, "3", "Levine and Heller (2010, p. 3)")]
    [InlineData(false, true, null, "(2010)")]
    public void In_text_citations_follow_apa(bool narrative, bool suppress, string? pages, string expected)
    {
        var reference = Book("l", "T", 2010, Levine, Heller);
        var locator = pages is null ? null : new Locator("page", pages);
        var citation = new Citation([new CitationItem("l", null, locator, null, suppress, Here)], narrative);

        var text = Format(citation, reference);

        Assert.Equal(expected, System.Net.WebUtility.HtmlEncode(text.PlainText));
    }

    [Fact]
    public void Three_or_more_authors_are_cited_as_et_al()
    {
        var reference = Book("x", "T", 2000, CslName.Person("One", "A."), CslName.Person("Two", "B."), CslName.Person("Three", "C."));
        var citation = new Citation([new CitationItem("x", null, null, null, false, Here)], false);

        Assert.Equal("(One et al., 2000)", Format(citation, reference).PlainText);
    }

    [Fact]
    public void Several_works_in_one_citation_are_sorted_and_each_keeps_its_own_link()
    {
        var library = new Dictionary<string, Reference>
        {
            ["l"] = Book("l", "T", 2010, Levine, Heller),
            ["j"] = Book("j", "U", 2008, CslName.Person("Johnson", "S. M.")),
        };
        var citation = new Citation([new CitationItem("l", null, null, null, false, Here), new CitationItem("j", null, null, null, false, Here)], false);

        var text = Format(citation, [.. library.Values]);

        Assert.Equal("(Johnson, 2008; Levine & Heller, 2010)", text.PlainText);
        Assert.Equal(["j", "l"], text.Pieces.Where(p => p.Key is not null).Select(p => p.Key));
    }

    [Fact]
    public void Prefix_and_suffix_are_kept_in_written_order()
    {
        var reference = Book("l", "T", 2010, Levine);
        var citation = new Citation([new CitationItem("l", "see", new Locator("chapter", "2"), "for more", false, Here)], false);

        Assert.Equal("(see Levine, 2010, Chapter 2, for more)", Format(citation, reference).PlainText);
    }

    [Fact]
    public void Works_by_the_same_authors_share_one_name()
    {
        var library = new Dictionary<string, Reference>
        {
            ["a"] = Book("a", "First", 2010, Levine),
            ["b"] = Book("b", "Second", 2010, Levine),
            ["c"] = Book("c", "Third", 2014, Levine),
        };
        var citation = new Citation(new[] { "c", "b", "a" }.Select(k => new CitationItem(k, null, null, null, false, Here)).ToList(), false);

        var text = Format(citation, [.. library.Values]);

        Assert.Equal("(Levine, 2010a, 2010b, 2014)", text.PlainText);
        Assert.Equal(["a", "b", "c"], text.Pieces.Where(p => p.Key is not null).Select(p => p.Key));
    }

    [Theory]
    [InlineData("133-5", "pp. 133–135")]
    [InlineData("1021–45", "pp. 1021–1045")]
    [InlineData("70–85", "pp. 70–85")]
    [InlineData("xii–xv", "pp. xii–xv")]
    [InlineData("12", "p. 12")]
    public void Abbreviated_page_ranges_are_given_in_full(string pages, string expected)
    {
        var reference = Book("l", "T", 2010, Levine);
        var citation = new Citation([new CitationItem("l", null, new Locator("page", pages), null, false, Here)], false);

        Assert.Equal($"(Levine, 2010, {expected})", Format(citation, reference).PlainText);
    }

    [Fact]
    public void Undated_works_come_before_dated_ones_by_the_same_author()
    {
        var sorted = style.Sort([Book("dated", "B", 2001, Levine), Book("undated", "A", null, Levine)]);

        Assert.Equal(["undated", "dated"], sorted.Select(r => r.Id));
    }

    [Fact]
    public void Names_sort_by_their_base_letters_letter_by_letter_the_same_on_every_machine()
    {
        var names = new[] { "Zeller", "Østergaard", "Åberg", "Łukasz", "Lund", "De Vries", "Devlin", "Oakes", "Ängel" };
        var references = names.Select((n, i) => Book("r" + i, "T", 2000, CslName.Person(n, "A."))).ToList();

        var sorted = style.Sort(references).Select(r => r.Authors[0].Family);

        Assert.Equal(["Åberg", "Ängel", "Devlin", "De Vries", "Łukasz", "Lund", "Oakes", "Østergaard", "Zeller"], sorted);
    }

    [Fact]
    public void One_author_comes_before_several_and_brown_before_browning()
    {
        var sorted = style.Sort([
            Book("b2", "T", 2000, CslName.Person("Browning", "A."))
            , Book("b1", "T", 2000, CslName.Person("Brown", "J."), CslName.Person("Adams", "C."))
            , Book("b0", "T", 2005, CslName.Person("Brown", "J."))]);

        Assert.Equal(["b0", "b1", "b2"], sorted.Select(r => r.Id));
    }
}
