using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Processing;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Tests.Csl;

/// <summary>
/// APA's rule for given names (primary-name-with-initials): a first author whose family name another first author
/// of the document shares shows initials, wherever cited; the same person cited twice is one person. Told the same
/// for a handful of works (names compared pair by pair) and for many (through a table).
/// </summary>
public class GivenNameRuleTests
{
    private static CslItem Work(string id, int year, string family, string given) => new(id, "book")
    {
        Variables = new Dictionary<string, string> { ["title"] = id },
        Names = new Dictionary<string, IReadOnlyList<CslName>> { ["author"] = [CslName.Person(family, given)] },
        Dates = new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(year) },
    };

    /// <summary>Works by authors of families of their own ("Author0", "Author1", …).</summary>
    private static IEnumerable<CslItem> Others(int count) => Enumerable.Range(0, count).Select(i => Work($"other{i}", 1950 + i % 50, $"Author{i}", "Ann"));

    private static string Cite(CslItem[] items)
    {
        var processor = new CslProcessor(StyleParser.Parse(BuiltInStyles.ApaSource), items);
        var citation = processor.Citations([new CitationRequest(items.Select(i => new Cite(i.Id)).ToList())])[0];
        return OutputWriter.Text(citation, processor.Locale);
    }

    /// <summary>How many other works the document cites: a few, and enough for each way of telling persons apart.</summary>
    public static TheoryData<int> OtherWorks => new(0, 20, 80);

    [Theory]
    [MemberData(nameof(OtherWorks))]
    public void Authors_sharing_a_family_name_show_their_initials(int others)
    {
        CslItem[] smiths = [Work("jane", 2001, "Smith", "Jane"), Work("paul", 2003, "Smith", "Paul")];
        var text = Cite([.. smiths, .. Others(others)]);
        Assert.Contains("J. Smith, 2001", text, StringComparison.Ordinal);
        Assert.Contains("P. Smith, 2003", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OtherWorks))]
    public void One_person_cited_twice_shows_no_initials(int others)
    {
        // "J." and "J" are one person's given names, written two ways
        CslItem[] smiths = [Work("first", 2001, "Smith", "J."), Work("second", 2003, "Smith", "J")];
        var text = Cite([.. smiths, .. Others(others)]);
        Assert.Contains("Smith, 2001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("J. Smith", text, StringComparison.Ordinal);
    }
}
