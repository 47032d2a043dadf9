using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Citations;

public class ReferenceLibraryTests
{
    private static readonly ReferenceLibrary Library = new([
        ApaStyleTests.Book("c", "C", 2001), ApaStyleTests.Book("a", "A", 2002), ApaStyleTests.Book("b", "B", 2003),
        ApaStyleTests.Book("a", "A again", 2004), // an id given twice: the first stands
    ]);

    [Theory]
    [InlineData("c", 0)]
    [InlineData("a", 1)]
    [InlineData("b", 2)]
    [InlineData("missing", -1)]
    [InlineData("A", -1)] // ids are told apart by case
    public void A_reference_is_found_by_its_place_in_the_file(string id, int place) =>
        Assert.Equal(place, Library.PositionOf(id));

    [Fact]
    public void References_at_places_come_once_each_in_file_order()
    {
        var places = new List<int> { 2, 0, 2, 1, 0 };

        Assert.Equal(["c", "a", "b"], Library.AtPositions(places).Select(r => r.Id));
        Assert.Equal("A", Library.AtPositions([1])[0].Title);
    }

    [Fact]
    public void A_document_lists_each_work_it_cites_or_names_once_in_the_styles_order_and_reports_unknown_keys()
    {
        var processor = new CitationProcessor(BuiltInStyles.Apa(), Library);
        var here = new SourceLocation("essay.md", 3, 1);
        CitationItem Cite(string key) => new(key, null, null, null, false, here);
        var citations = new List<Citation>
        {
            new([Cite("b"), Cite("c")], false),
            new([Cite("nope")], false),
            new([Cite("b")], false),
        };
        var diagnostics = new DiagnosticBag();

        var processed = processor.Process(citations, ["a"], here, diagnostics);

        Assert.Equal(["a", "b", "c"], processed.Bibliography.Select(e => e.Reference.Id)); // APA: by title, as none has an author
        Assert.NotNull(processed.Citations[0]);
        Assert.Null(processed.Citations[1]); // a citation with an unknown key is not formatted
        Assert.NotNull(processed.Citations[2]);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Message.Contains("'nope'", StringComparison.Ordinal));
    }
}
