using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Processing;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Tests.Csl;

/// <summary>
/// What documents of one style share (sort keys, plain cites, macro outputs) changes nothing: each document reads
/// the same formatted alone as after others have filled the cache, whatever it cites and however.
/// </summary>
public class StyleCacheTests
{
    private const string Style = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>test-cache</id></info>
          <macro name="author-short">
            <names variable="author">
              <name form="short" and="symbol" delimiter=", " initialize-with=". "/>
              <substitute><names variable="editor"/><text macro="title-short"/></substitute>
            </names>
          </macro>
          <macro name="title-short"><text variable="title" form="short" font-style="italic"/></macro>
          <macro name="year">
            <choose>
              <if variable="issued"><group><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group></if>
              <else><text term="no date" form="short"/></else>
            </choose>
          </macro>
          <macro name="where">
            <choose>
              <if locator="chapter"><text term="chapter" form="short" suffix=" "/><text variable="locator"/></if>
              <else><label variable="locator" form="short" suffix=" "/><text variable="locator"/></else>
            </choose>
          </macro>
          <macro name="translator"><names variable="translator"><name/></names></macro>
          <macro name="title-again"><text macro="title-short" prefix="“" suffix="”"/></macro>
          <macro name="later">
            <choose><if position="subsequent"><text value="again"/></if></choose>
            <choose><if disambiguate="true"><text value="told apart"/></if></choose>
          </macro>
          <citation et-al-min="3" et-al-use-first="1" disambiguate-add-year-suffix="true" disambiguate-add-givenname="true" givenname-disambiguation-rule="primary-name">
            <sort><key macro="author-short"/><key macro="year"/></sort>
            <layout prefix="(" suffix=")" delimiter="; ">
              <group delimiter=", ">
                <text macro="author-short"/>
                <text macro="year"/>
                <text macro="title-again"/>
                <text macro="later"/>
                <group delimiter=" "><text term="in"/><text macro="translator"/></group>
                <text macro="where"/>
              </group>
            </layout>
          </citation>
          <bibliography>
            <layout><text macro="author-short" suffix=". "/><text macro="year"/></layout>
          </bibliography>
        </style>
        """;

    private static CslItem Work(string id, string title, int? year, CslName[] authors, CslName[]? editors = null)
    {
        var names = new Dictionary<string, IReadOnlyList<CslName>>();
        if (authors.Length > 0)
        {
            names["author"] = authors;
        }

        if (editors is not null)
        {
            names["editor"] = editors;
        }

        return new CslItem(id, "book")
        {
            Variables = new Dictionary<string, string> { ["title"] = title },
            Names = names,
            Dates = year is { } y ? new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(y) } : new Dictionary<string, CslDate>(),
        };
    }

    private static readonly CslItem[] Library =
    [
        Work("levine", "Attached", 2010, [CslName.Person("Levine", "Amir"), CslName.Person("Heller", "Rachel")]),
        Work("levine-b", "Secure", 2010, [CslName.Person("Levine", "Amir"), CslName.Person("Heller", "Rachel")]),
        Work("smith-j", "Giving", 2001, [CslName.Person("Smith", "Jane")]),
        Work("smith-p", "Taking", 2003, [CslName.Person("Smith", "Paul")]),
        Work("anon", "The kind heart", 1999, []),
        Work("edited", "Collected love", null, [], [CslName.Person("Ode", "Carl")]),
        Work("many", "Many hands", 2005, [CslName.Person("Moss", "A."), CslName.Person("Ng", "B."), CslName.Person("Ode", "C.")]),
    ];

    /// <summary>Documents that cite the library in different ways: plainly, with locators, suppressed or narrative names, later cites.</summary>
    private static readonly List<List<CitationRequest>> Documents =
    [
        [new([new Cite("levine")]), new([new Cite("levine") { Locator = "12", Label = "page" }]), new([new Cite("anon"), new Cite("edited")])],
        [new([new Cite("levine"), new Cite("levine-b")]), new([new Cite("levine-b") { Locator = "3", Label = "chapter" }])],
        [new([new Cite("smith-j")]), new([new Cite("smith-p") { SuppressAuthor = true }]), new([new Cite("smith-j") { AuthorOnly = true }])],
        [new([new Cite("smith-j") { Locator = "7" }]), new([new Cite("many"), new Cite("anon") { Locator = "2" }]), new([new Cite("many")])],
        [new([new Cite("anon") { SuppressAuthor = true }]), new([new Cite("edited") { Locator = "1-4", Label = "page" }]), new([new Cite("levine")])],
        // names left out (a narrative citation's parenthesis): by an item that has them, one whose editor stands in, and with a locator
        [new([new Cite("levine") { SuppressAuthor = true }]), new([new Cite("edited") { SuppressAuthor = true }]), new([new Cite("many") { SuppressAuthor = true, Locator = "5" }]), new([new Cite("levine")])],
    ];

    private static List<string> Format(CslStyle style, List<CitationRequest> document, StyleCache? shared)
    {
        var processor = new CslProcessor(style, Library, null, shared);
        var citations = processor.Citations(document).Select(c => OutputWriter.Html(c, processor.Locale));
        return [.. citations, .. processor.Bibliography().Select(e => OutputWriter.Html(e, processor.Locale))];
    }

    [Fact]
    public void Every_document_reads_the_same_from_a_cache_that_others_filled()
    {
        var style = StyleParser.Parse(Style);
        var shared = new StyleCache();
        foreach (var document in Documents)
        {
            Format(style, document, shared); // fill the cache with every way of citing first
        }

        foreach (var document in Documents.AsEnumerable().Reverse())
        {
            Assert.Equal(Format(style, document, null), Format(style, document, shared));
        }
    }

    [Fact]
    public void A_cached_substitute_still_uses_up_its_variable()
    {
        var style = StyleParser.Parse(Style);
        var shared = new StyleCache();
        List<CitationRequest> document = [new([new Cite("anon")])];

        Format(style, document, shared);
        var again = Format(style, document, shared)[0];

        // the title stands in for the missing author, so the later title macro is left out, as without the cache
        Assert.Equal("(<i>The kind heart</i>, 1999)", again);
        Assert.Equal(Format(style, document, null)[0], again);
    }

    [Fact]
    public void A_cite_whose_names_are_left_out_reads_the_same_from_the_cache_and_leaves_the_later_names_alone()
    {
        // the first names macro holds the names to leave out; the translator's names, later in the cite, still show
        var style = StyleParser.Parse(Style);
        var shared = new StyleCache();
        var translated = Work("translated", "Far love", 2012, [CslName.Person("Roe", "Ann")]) with
        {
            Names = new Dictionary<string, IReadOnlyList<CslName>> { ["author"] = [CslName.Person("Roe", "Ann")], ["translator"] = [CslName.Person("Tam", "Lee")] },
        };
        List<CitationRequest> document = [new([new Cite("translated") { SuppressAuthor = true }])];
        string Once(StyleCache? cache) => OutputWriter.Html(new CslProcessor(style, [.. Library, translated], null, cache).Citations(document)[0], new CslProcessor(style, Library).Locale);

        var alone = Once(null);
        Once(shared);
        var cached = Once(shared);

        Assert.Equal("(2012, “<i>Far love</i>,” in Lee Tam)", alone);
        Assert.Equal(alone, cached);
    }

    [Theory]
    [InlineData("""<text variable="title"/>""", true)]
    [InlineData("""<names variable="author"><substitute><text variable="title"/></substitute></names>""", true)]
    [InlineData("""<choose><if position="subsequent"><text value="x"/></if></choose>""", true)]
    [InlineData("""<text variable="locator"/>""", false)]
    [InlineData("""<label form="short"/>""", false)]
    [InlineData("""<choose><if locator="page"><text value="x"/></if></choose>""", false)]
    [InlineData("""<choose><if is-numeric="locator"><text value="x"/></if></choose>""", false)]
    [InlineData("""<choose><if disambiguate="true"><text value="x"/></if></choose>""", true)] // (only while no disambiguation is needed)
    [InlineData("""<group><text variable="year-suffix"/></group>""", true)] // (likewise)
    [InlineData("""<text variable="first-reference-note-number"/>""", false)]
    [InlineData("""<group><number variable="citation-number"/></group>""", false)]
    [InlineData("""<text macro="inner"/>""", false)]
    [InlineData("""<names variable="author"><substitute><text macro="inner"/></substitute></names>""", false)]
    public void A_macro_is_shared_only_when_it_reads_nothing_of_the_cite(string body, bool shared)
    {
        var style = StyleParser.Parse($"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>test</id></info>
              <macro name="inner"><group><text variable="locator"/></group></macro>
              <macro name="outer">{body}</macro>
              <citation><layout><text macro="outer"/></layout></citation>
            </style>
            """);

        Assert.Equal(shared, new MacroCache().IsCiteFree(style, style.Macros["outer"]));
    }
}
