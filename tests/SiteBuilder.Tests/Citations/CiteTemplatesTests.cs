using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Styles;
using SiteBuilder.Diagnostics;
using Shape = SiteBuilder.Citations.CiteTemplates.Shape;

namespace SiteBuilder.Tests.Citations;

/// <summary>
/// Citations written from templates read exactly as the engine writes them: under styles that print a locator
/// as it is written, and under styles that make something else of its digits (ordinals, roman numerals, shortened
/// ranges, a test on the locator), for every shape of locator, with prefixes, suffixes, suppressed and narrative
/// names, and works that a document must tell apart.
/// </summary>
public class CiteTemplatesTests
{
    private static readonly SourceLocation Here = new("essay.md", 1, 1);

    private const string TestStyle = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" page-range-format="RANGES">
          <info><id>test-templates</id></info>
          <macro name="author">
            <names variable="author">
              <name form="short" and="symbol" initialize-with=". "/>
              <substitute><text variable="title" font-style="italic"/></substitute>
            </names>
          </macro>
          <citation disambiguate-add-year-suffix="true" disambiguate-add-givenname="true" givenname-disambiguation-rule="primary-name">
            <layout prefix="(" suffix=")" delimiter="; ">
              <group delimiter=", ">
                <text macro="author"/>
                <group><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group>
                LOCATOR
              </group>
            </layout>
          </citation>
          <bibliography><layout><text macro="author"/></layout></bibliography>
        </style>
        """;

    /// <summary>
    /// Ways a style may print a locator: as written, or made into something else; whether its digits are printed as
    /// written; and whether a page range is shortened by the style's page-range-format (as a text's is, and a
    /// number's is not).
    /// </summary>
    public static TheoryData<string, string, bool, bool> Styles() => new()
    {
        { "as written", """<group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group>""", true, true },
        { "as written, in quotes", """<text variable="locator" quotes="true"/>""", true, true },
        { "numeric or not", """<choose><if is-numeric="locator"><text variable="locator" font-weight="bold"/></if><else><text variable="locator" font-style="italic"/></else></choose>""", true, true },
        { "a number", """<number variable="locator"/>""", true, false },
        { "ordinals", """<number variable="locator" form="ordinal"/>""", false, false },
        { "long ordinals", """<number variable="locator" form="long-ordinal"/>""", false, false },
        { "roman numerals", """<number variable="locator" form="roman"/>""", false, false },
        { "upper case", """<text variable="locator" text-case="uppercase"/>""", true, true },
    };

    private static CslItem Work(string id, string title, int year, params CslName[] authors) => new(id, "book")
    {
        Variables = new Dictionary<string, string> { ["title"] = title },
        Names = authors.Length == 0 ? new Dictionary<string, IReadOnlyList<CslName>>() : new Dictionary<string, IReadOnlyList<CslName>> { ["author"] = authors },
        Dates = new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(year) },
    };

    private static readonly List<Reference> Library = new CslItem[]
    {
        Work("brooks1990", "Care and its limits", 1990, CslName.Person("Brooks", "Ann")),
        Work("brooks1990b", "Care again", 1990, CslName.Person("Brooks", "Ann")),
        Work("smith-j", "Giving", 2001, CslName.Person("Smith", "Jane")),
        Work("smith-p", "Taking", 2003, CslName.Person("Smith", "Paul")),
        Work("anon", "The kind heart", 1999),
        Work("moss", "Many hands", 2005, CslName.Person("Moss", "Ada"), CslName.Person("Ng", "Bo"), CslName.Person("Ode", "Cy")),
        Work("probe", "Rooms 31, 62 and 321-328", 2031, CslName.Person("Vale", "Ida")), // holds the templates' own digits
    }.Select(item => new Reference(item, ReadingInfo.None, Here)).ToList();

    private static readonly Locator?[] Locators =
    [
        null,
        new("page", "1"), new("page", "45"), new("page", "999"), new("page", "123456"), new("page", "4321"),
        new("page", "231-242"), new("page", "98-102"), new("page", "5-9"), new("page", "1-2"),
        new("page", "045"), new("page", "iv"), new("page", "12-3"), new("page", "45a"), new("page", "1–4"), new("page", "3, 7"),
        new("chapter", "3"), new("chapter", "11"), new("section", "2-4"), new("paragraph", "12"),
    ];

    private static CitationItem Cite(string key, Locator? locator, string? prefix = null, string? suffix = null, bool suppress = false) =>
        new(key, prefix, locator, suffix, suppress, Here);

    /// <summary>Documents citing each work with every locator, every way; and documents that must tell works apart.</summary>
    private static List<List<Citation>> Documents()
    {
        var documents = new List<List<Citation>>();
        foreach (var locator in Locators)
        {
            documents.Add(
            [
                new([Cite("brooks1990", locator)], false),
                new([Cite("smith-j", locator)], true),
                new([Cite("anon", locator, prefix: "see")], false),
                new([Cite("anon", locator)], true),
                new([Cite("moss", locator, suppress: true)], false),
                new([Cite("probe", locator)], false),
                new([Cite("brooks1990", locator, suffix: "for a review")], false),
                new([Cite("anon", null), Cite("moss", locator)], false),
                new([Cite("moss", locator, prefix: "<i>cf.</i>")], true),
            ]);
            documents.Add(
            [
                new([Cite("brooks1990", locator)], false),
                new([Cite("brooks1990b", locator)], true),
                new([Cite("smith-j", locator)], false),
                new([Cite("smith-p", locator, prefix: "see")], false),
            ]);
        }

        return documents;
    }

    private static CslCitationStyle Style(string source, bool templates)
    {
        var style = StyleParser.Parse(source);
        return new CslCitationStyle(style, new CslLocale(LocaleParser.BuiltInEnglish(), style.Locales), "test") { WritesFromTemplates = templates };
    }

    private static List<string> Format(CslCitationStyle style, List<Citation> document)
    {
        var list = Library.Where(r => document.Any(c => c.Items.Any(i => i.Key == r.Id))).ToList();
        var (citations, _) = style.FormatDocument(document, list, style.FormatEntry);
        return citations.Select(c => string.Join(" | ", c.Pieces.Select(p => $"{p.Key}:{p.Text}:{p.Rich?.ToHtml()}"))).ToList();
    }

    private static void AssertSameAsTheEngine(string source)
    {
        var templated = Style(source, templates: true);
        var engine = Style(source, templates: false);
        var documents = Documents();
        // twice over: the first pass makes the templates, the second (in the other order) is written from them
        foreach (var document in documents.Concat(Enumerable.Reverse(documents)))
        {
            Assert.Equal(Format(engine, document), Format(templated, document));
        }
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_citation_from_a_template_reads_as_the_engine_writes_it(string name, string locator, bool templatesServe, bool rangesShortened)
    {
        foreach (var ranges in new[] { "expanded", "minimal", "chicago" })
        {
            var source = TestStyle.Replace("LOCATOR", locator, StringComparison.Ordinal).Replace("RANGES", ranges, StringComparison.Ordinal);
            AssertSameAsTheEngine(source);

            var style = Style(source, templates: true);
            foreach (var document in Documents())
            {
                Format(style, document);
            }

            // a shortened page range has no template (a range of another label is not shortened)
            Assert.True(style.TemplatesMade(Shape.None) > 0, name);
            Assert.Equal(templatesServe, style.TemplatesMade(Shape.Page) > 0);
            Assert.Equal(templatesServe && (ranges == "expanded" || !rangesShortened), style.TemplatesMade(Shape.Range, "page") > 0);
            Assert.Equal(templatesServe, style.TemplatesMade(Shape.Range, "section") > 0);
        }
    }

    [Fact]
    public void Apa_citations_from_templates_read_as_the_engine_writes_them()
    {
        AssertSameAsTheEngine(BuiltInStyles.ApaSource);
        var apa = Style(BuiltInStyles.ApaSource, templates: true);
        Format(apa, [new([Cite("brooks1990", new Locator("page", "45"))], false), new([Cite("brooks1990", new Locator("page", "45-47"))], false)]);
        Assert.Equal(1, apa.TemplatesMade(Shape.Page));
        Assert.Equal(1, apa.TemplatesMade(Shape.Range));

        // two Smiths in one document show their initials ("J. Smith, 2001"): templates of their own, kept apart from
        // those of documents that cite one Smith alone
        Format(apa, [new([Cite("smith-j", new Locator("page", "45"))], false)]);
        Assert.Equal(2, apa.TemplatesMade(Shape.Page));
        var both = Format(apa, [new([Cite("smith-j", new Locator("page", "45"))], false), new([Cite("smith-p", new Locator("page", "7"))], false)]);
        Assert.Equal(4, apa.TemplatesMade(Shape.Page));
        Assert.Contains("J. Smith, 2001, p. 45", both[0], StringComparison.Ordinal);
        Assert.Equal(Format(Style(BuiltInStyles.ApaSource, templates: false), [new([Cite("smith-j", new Locator("page", "45"))], false), new([Cite("smith-p", new Locator("page", "7"))], false)]), both);
    }

    [Theory]
    [InlineData(null, "None")]
    [InlineData("45", "Page")]
    [InlineData("123456789", "Page")]
    [InlineData("231-242", "Range")]
    [InlineData("98-102", "Range")]
    [InlineData("045", null)]
    [InlineData("1234567890", null)]
    [InlineData("iv", null)]
    [InlineData("45a", null)]
    [InlineData("12-3", null)]
    [InlineData("7-7", null)]
    [InlineData("1–4", null)]
    [InlineData("3, 7", null)]
    [InlineData("-4", null)]
    [InlineData("4-", null)]
    [InlineData("", null)]
    public void Only_plain_pages_and_rising_ranges_have_a_shape(string? locator, string? shape)
    {
        Assert.Equal(shape, CiteTemplates.ShapeOf(locator)?.ToString());
    }
}
