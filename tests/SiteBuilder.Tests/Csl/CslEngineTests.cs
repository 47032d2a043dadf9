using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Processing;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Tests.Csl;

/// <summary>
/// The CSL engine on small styles of our own: names, dates, sorting, disambiguation, collapsing, text case and
/// the tagged output tree. The CSL test suite measures conformance at large (README, "The CSL engine").
/// </summary>
public class CslEngineTests
{
    private const string AuthorDate = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>test-author-date</id><title>Test</title></info>
          <macro name="author">
            <names variable="author">
              <name name-as-sort-order="all" and="symbol" delimiter=", " delimiter-precedes-last="always" initialize-with=". " sort-separator=", "/>
              <substitute><text variable="title" font-style="italic"/></substitute>
            </names>
          </macro>
          <macro name="author-short">
            <names variable="author"><name form="short" and="symbol" delimiter=", "/></names>
          </macro>
          <macro name="year"><date variable="issued"><date-part name="year"/></date></macro>
          <citation et-al-min="3" et-al-use-first="1" disambiguate-add-year-suffix="true" collapse="year-suffix" year-suffix-delimiter=", ">
            <sort><key macro="author-short"/><key macro="year"/></sort>
            <layout prefix="(" suffix=")" delimiter="; ">
              <group delimiter=", ">
                <text macro="author-short"/>
                <text macro="year"/>
                <group><label variable="locator" form="short" suffix=" "/><text variable="locator"/></group>
              </group>
            </layout>
          </citation>
          <bibliography>
            <sort><key macro="author"/><key macro="year"/><key variable="title"/></sort>
            <layout suffix=".">
              <group delimiter=". ">
                <text macro="author"/>
                <text macro="year" prefix="(" suffix=")"/>
                <text variable="title" text-case="title"/>
              </group>
            </layout>
          </bibliography>
        </style>
        """;

    private const string Numeric = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>test-numeric</id></info>
          <citation collapse="citation-number">
            <sort><key variable="citation-number"/></sort>
            <layout prefix="[" suffix="]" delimiter=", "><text variable="citation-number"/></layout>
          </citation>
          <bibliography>
            <sort><key variable="title"/></sort>
            <layout><text variable="citation-number" suffix=". "/><text variable="title"/></layout>
          </bibliography>
        </style>
        """;

    private static CslItem Book(string id, string title, int year, params CslName[] authors) =>
        new(id, "book")
        {
            Variables = new Dictionary<string, string> { ["title"] = title },
            Names = new Dictionary<string, IReadOnlyList<CslName>> { ["author"] = authors },
            Dates = new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(year) },
        };

    private static readonly CslName Levine = CslName.Person("Levine", "Amir");
    private static readonly CslName Heller = CslName.Person("Heller", "Rachel S. F.");

    private static CslProcessor Processor(string style, params CslItem[] items) => new(StyleParser.Parse(style), items);

    /// <summary>A style whose citation layout is <paramref name="layout"/>, with <paramref name="head"/> (a locale, macros) before it.</summary>
    private static CslStyle CitationStyle(string layout, string head = "") => StyleParser.Parse($"""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><id>test</id></info>
          {head}
          <citation><layout>{layout}</layout></citation>
        </style>
        """);

    /// <summary>A document of one citation of one cite, as text.</summary>
    private static string FirstCitation(CslProcessor processor, Cite cite) =>
        OutputWriter.Text(processor.Citations([new CitationRequest([cite])])[0], processor.Locale);

    [Theory]
    [InlineData("", false)]
    [InlineData("<choose><if position=\"subsequent\"><text value=\"op. cit.\"/></if></choose>", true)]
    [InlineData("<choose><if position=\"near-note\"><text value=\"near\"/></if></choose>", true)]
    [InlineData("<text variable=\"first-reference-note-number\"/>", true)]
    public void A_style_works_out_positions_only_when_something_in_it_reads_them(string extra, bool uses)
    {
        var style = StyleParser.Parse(AuthorDate.Replace("<text macro=\"year\"/>", "<text macro=\"year\"/>" + extra, StringComparison.Ordinal));
        var etAlSubsequent = StyleParser.Parse(AuthorDate.Replace("et-al-use-first=\"1\"", "et-al-use-first=\"1\" et-al-subsequent-min=\"2\"", StringComparison.Ordinal));
        var note = StyleParser.Parse(AuthorDate.Replace("class=\"in-text\"", "class=\"note\"", StringComparison.Ordinal));

        Assert.Equal(uses, style.UsesPositions);
        Assert.True(etAlSubsequent.UsesPositions);
        Assert.True(note.UsesPositions);
    }

    [Fact]
    public void A_later_cite_of_an_item_reads_as_its_first_under_a_style_that_reads_no_positions_and_differently_under_one_that_does()
    {
        var items = new[] { Book("a", "Attached", 2010, Levine, Heller) };
        CitationRequest[] twice = [new([new Cite("a")]), new([new Cite("a")])];
        var plain = Processor(AuthorDate, items).Citations(twice).Select(c => c.Plain()).ToList();
        var positional = Processor(AuthorDate.Replace("<text macro=\"year\"/>", "<text macro=\"year\"/><choose><if position=\"subsequent\"><text value=\"again\"/></if></choose>", StringComparison.Ordinal), items)
            .Citations(twice).Select(c => c.Plain()).ToList();

        Assert.Equal(["(Levine & Heller, 2010)", "(Levine & Heller, 2010)"], plain);
        Assert.Equal(["(Levine & Heller, 2010)", "(Levine & Heller, 2010, again)"], positional);
    }

    private static string Cite(CslProcessor processor, params Cite[] cites) =>
        OutputWriter.Text(processor.Citations([new CitationRequest(cites)])[0], processor.Locale);

    [Fact]
    public void Bibliography_entries_invert_names_with_initials_and_title_case()
    {
        var processor = Processor(AuthorDate, Book("a", "attached: the new science of adult attachment", 2010, Levine, Heller));

        var entry = OutputWriter.Html(processor.Bibliography()[0], processor.Locale);

        Assert.Equal("Levine, A., &#38; Heller, R. S. F. (2010). Attached: The New Science of Adult Attachment.", entry);
    }

    [Fact]
    public void Citations_sort_shorten_to_et_al_and_carry_locators()
    {
        var many = Book("m", "M", 2001, CslName.Person("Moss", "A."), CslName.Person("Ng", "B."), CslName.Person("Ode", "C."));
        var processor = Processor(AuthorDate, Book("l", "L", 2010, Levine, Heller), many);

        Assert.Equal("(Levine & Heller, 2010, p. 12; Moss et al., 2001)", Cite(processor, new Cite("m"), new Cite("l") { Locator = "12", Label = "page" }));
    }

    [Fact]
    public void A_reused_writer_writes_each_output_as_a_fresh_one_does()
    {
        // quotes flip-flop and formatting stays open within an output: none of it may leak into the next
        var style = AuthorDate.Replace("<text variable=\"title\" text-case=\"title\"/>", "<text variable=\"title\" quotes=\"true\" font-weight=\"bold\"/>", StringComparison.Ordinal);
        var untitled = new CslItem("u", "book") { Variables = new Dictionary<string, string> { ["title"] = "a <i>kind</i> heart" }, Dates = new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(1999) } };
        var processor = Processor(style, Book("a", "On \"love\" and 'care'", 2010, Levine), Book("b", "Beta.", 2010, Levine, Heller), untitled);
        var outputs = processor.Bibliography().Concat(processor.Citations([new CitationRequest([new Cite("a"), new Cite("u")]), new CitationRequest([new Cite("b") { Locator = "3", Label = "page" }])])).ToList();

        var writer = OutputWriter.ForHtmlWithClasses(processor.Locale);

        Assert.Equal(outputs.Select(o => OutputWriter.HtmlWithClassesAndText(o, processor.Locale)), outputs.Select(writer.WriteWithText));
    }

    [Fact]
    public void Works_of_one_author_and_year_get_suffixes_and_collapse()
    {
        var processor = Processor(AuthorDate, Book("b", "Beta", 2010, Levine), Book("a", "Alpha", 2010, Levine));

        Assert.Equal("(Levine, 2010a, b)", Cite(processor, new Cite("a"), new Cite("b")));
        Assert.Equal(["Levine, A. (2010a). Alpha.", "Levine, A. (2010b). Beta."], processor.Bibliography().Select(e => OutputWriter.Text(e, processor.Locale)));
    }

    [Fact]
    public void A_long_list_gets_the_suffixes_each_pair_gets_alone()
    {
        // past a thousand items a list's cites are rendered on all cores: the labels must not change
        var items = Enumerable.Range(0, 700).SelectMany(i => new[]
        {
            Book($"p{i}-b", "Beta " + i, 1900 + (i % 100), CslName.Person("Author" + i, "A.")),
            Book($"p{i}-a", "Alpha " + i, 1900 + (i % 100), CslName.Person("Author" + i, "A.")),
        }).ToArray();
        var style = StyleParser.Parse(AuthorDate);
        var whole = new CslProcessor(style, items);

        whole.Disambiguate(items.Select(i => i.Id));

        for (var i = 0; i < 700; i += 97)
        {
            var pair = new CslProcessor(style, items.Where(item => item.Id.StartsWith($"p{i}-", StringComparison.Ordinal)));
            pair.Disambiguate([$"p{i}-b", $"p{i}-a"]);
            Assert.Equal((pair.YearSuffix($"p{i}-a"), pair.YearSuffix($"p{i}-b")), (whole.YearSuffix($"p{i}-a"), whole.YearSuffix($"p{i}-b")));
            Assert.Equal(("a", "b"), (whole.YearSuffix($"p{i}-a"), whole.YearSuffix($"p{i}-b")));
        }
    }

    [Fact]
    public void A_long_list_sorts_by_its_keys()
    {
        // past two thousand items a list's sort keys are worked out on all cores: the order must be the keys' all the same
        var items = Enumerable.Range(0, 3000)
            .Select(i => Book($"w{i}", "Work " + i, 1900 + (i / 500), CslName.Person("Author" + (i * 7919 % 500).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), "A.")))
            .ToArray();
        var processor = Processor(AuthorDate, items);

        var listed = processor.Bibliography().Select(e => OutputWriter.Text(e, processor.Locale)).ToList();

        var expected = items.OrderBy(i => i.NamesOf("author")[0].Family, StringComparer.Ordinal).ThenBy(i => i.DateOf("issued")!.Year)
            .Select(i => $"{i.NamesOf("author")[0].Family}, A. ({i.DateOf("issued")!.Year}). {i["title"]}.");
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("<b>Doe</b>", "<b>John</b> Quincy", "<b>Doe</b>, <b>J.</b> Q.")]
    [InlineData("<b>Doe</b>", "<b>John</b>-Quincy", "<b>Doe</b>, <b>J.</b>-Q.")]
    [InlineData("Doe", "<i>John Quincy</i>", "Doe, <i>J. Q.</i>")]
    [InlineData("Doe", "<span class=\"nocase\">John</span> Quincy", "Doe, J. Q.")]
    [InlineData("Doe", "<span style=\"font-variant:small-caps;\">John</span>-Paul", "Doe, <span style=\"font-variant:small-caps;\">J.</span>-P.")]
    [InlineData("van <i>Gogh</i>", "Vincent", "van <i>Gogh</i>, V.")]
    [InlineData("Doe", "John A<B Quincy", "Doe, J. A. Q.")]
    public void A_name_s_markup_is_rich_text_and_its_initials_keep_it(string family, string given, string expected) =>
        Assert.Equal(expected, NameAsSorted(family, given));

    [Theory]
    [InlineData("de' Medici", "Lorenzo", "de’ Medici, L.")]
    [InlineData("d'Alembert", "Jean", "d’Alembert, J.")]
    public void A_particle_keeps_the_space_written_after_its_apostrophe(string family, string given, string expected) =>
        Assert.Equal(expected, NameAsSorted(family, given));

    /// <summary>A cite of a work by one person, written family name first with initials, as HTML.</summary>
    private static string NameAsSorted(string family, string given)
    {
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>test</id></info>
              <citation><layout><names variable="author"><name name-as-sort-order="all" sort-separator=", " initialize-with=". "/></names></layout></citation>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("a", "Title", 2000, CslName.Person(family, given))]);
        return OutputWriter.Html(processor.Citations([new CitationRequest([new Cite("a")])])[0], processor.Locale);
    }

    [Fact]
    public void Names_with_markup_sort_by_their_text()
    {
        var items = new[]
        {
            Book("b", "B", 2000, CslName.Person("<b>Zeller</b>", "A.")),
            Book("a", "A", 2000, CslName.Person("<i>Adams</i>", "B.")),
            Book("c", "C", 2000, CslName.Person("Miller", "C.")),
        };
        var processor = Processor(AuthorDate, items);

        Assert.Equal(["Adams, B. (2000). A.", "Miller, C. (2000). C.", "Zeller, A. (2000). B."], processor.Bibliography().Select(e => OutputWriter.Text(e, processor.Locale)));
    }

    [Fact]
    public void A_work_without_author_is_substituted_by_its_title_and_not_repeated()
    {
        var anonymous = Book("x", "the kind heart", 1999);
        var processor = Processor(AuthorDate, anonymous);

        // the title stands in for the author, and the group does not print it a second time
        Assert.Equal("<i>the kind heart</i>. (1999).", OutputWriter.Html(processor.Bibliography()[0], processor.Locale));
    }

    [Fact]
    public void Numeric_citations_collapse_into_ranges()
    {
        var items = Enumerable.Range(1, 5).Select(i => Book("r" + i, "T" + i, 2000 + i, Levine)).ToArray();
        var processor = Processor(Numeric, items);

        var citations = processor.Citations([new CitationRequest([new Cite("r4")]), new CitationRequest([new Cite("r3"), new Cite("r1"), new Cite("r2"), new Cite("r5")])]);

        Assert.Equal("[1–3, 5]", OutputWriter.Text(citations[1], processor.Locale));
    }

    [Theory]
    // the numbers follow the list down, and count down it when the last key on them sorts descending
    [InlineData("""<key variable="title"/>""", "1 A|2 B|3 C")]
    [InlineData("""<key variable="citation-number" sort="descending"/>""", "3 C|2 B|1 A")]
    [InlineData("""<key variable="title"/><key variable="citation-number" sort="descending"/>""", "3 A|2 B|1 C")]
    [InlineData("""<key variable="citation-number" sort="descending"/><key variable="citation-number"/>""", "1 C|2 B|3 A")]
    public void A_bibliography_numbers_its_entries_in_its_own_order(string keys, string expected)
    {
        var style = $$"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>numbers</id></info>
              <citation><layout><text variable="citation-number"/></layout></citation>
              <bibliography>
                <sort>{{keys}}</sort>
                <layout><text variable="citation-number" suffix=" "/><text variable="title"/></layout>
              </bibliography>
            </style>
            """;
        var processor = Processor(style, Book("c", "C", 2003, Levine), Book("a", "A", 2001, Levine), Book("b", "B", 2002, Levine));

        processor.Citations([new CitationRequest([new Cite("a")]), new CitationRequest([new Cite("b")]), new CitationRequest([new Cite("c")])]);

        // cited a, b, c: the order of first citation, which keys on the citation number sort by
        Assert.Equal(expected, string.Join("|", processor.Bibliography(["a", "b", "c"]).Select(e => OutputWriter.Text(e, processor.Locale))));
    }

    [Fact]
    public void The_output_is_a_tree_that_tags_each_cite_with_its_item()
    {
        var processor = Processor(AuthorDate, Book("l", "L", 2010, Levine), Book("h", "H", 2012, Heller));

        var citation = processor.Citations([new CitationRequest([new Cite("l"), new Cite("h")])])[0];

        Assert.Equal(["h", "l"], Cites(citation).Select(c => c.ItemId));
        Assert.All(Cites(citation), c => Assert.Contains(Parts(c), p => p.Part == "names"));
    }

    private static IEnumerable<SiteBuilder.Csl.Rendering.Output> Cites(SiteBuilder.Csl.Rendering.Output node) =>
        node.ItemId is not null ? [node] : node is GroupOutput g ? g.Children.SelectMany(Cites) : [];

    private static IEnumerable<SiteBuilder.Csl.Rendering.Output> Parts(SiteBuilder.Csl.Rendering.Output node) =>
        node is GroupOutput g ? [node, .. g.Children.SelectMany(Parts)] : [node];

    [Fact]
    public void Rich_text_in_titles_renders_and_nested_italics_turn_roman()
    {
        var processor = Processor(AuthorDate, Book("a", "On <i>Homo sapiens</i> today", 2000, Levine));
        var style = StyleParser.Parse(AuthorDate.Replace("<text variable=\"title\" text-case=\"title\"/>", "<text variable=\"title\" font-style=\"italic\"/>", StringComparison.Ordinal));
        var italic = new CslProcessor(style, [Book("a", "On <i>Homo sapiens</i> today", 2000, Levine)]);

        Assert.Contains("On <i>Homo Sapiens</i> Today", OutputWriter.Html(processor.Bibliography()[0], processor.Locale), StringComparison.Ordinal);
        Assert.Contains("<i>On <span style=\"font-style:normal;\">Homo sapiens</span> today</i>", OutputWriter.Html(italic.Bibliography()[0], italic.Locale), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<span style=\"font-variant:small-caps;\">", "<span class=\"csl-small-caps\">")]
    [InlineData("<span style=\"font-style:normal;\">", "<span class=\"csl-font-style-normal\">")]
    [InlineData("<span style=\"font-weight:normal;\">", "<span class=\"csl-font-weight-normal\">")]
    [InlineData("<span style=\"font-variant:normal;\">", "<span class=\"csl-font-variant-normal\">")]
    [InlineData("<span style=\"font-style:oblique;\">", "<span class=\"csl-font-style-oblique\">")]
    [InlineData("<span style=\"text-decoration:underline;\">", "<span class=\"csl-text-decoration-underline\">")]
    public void A_styled_span_becomes_the_class_its_declaration_names(string styled, string classed)
    {
        Assert.Equal(classed, OutputWriter.ClassFor(styled));
        Assert.Equal(classed, OutputWriter.WorkedOutClass(styled)); // the names written out agree with the rule
    }

    [Theory]
    [InlineData("Le 1ᵉʳ Mai", "Le 1<sup>e</sup><sup>r</sup> Mai")]
    [InlineData("H₂O and X²", "H₂O and X<sup>2</sup>")]
    [InlineData("No Raised Letters", "No Raised Letters")]
    public void Unicode_superscripts_are_written_as_raised_letters(string title, string html)
    {
        var processor = Processor(AuthorDate, Book("a", title, 2000, Levine));

        Assert.Contains(html, OutputWriter.Html(processor.Bibliography()[0], processor.Locale), StringComparison.Ordinal);
    }

    [Fact]
    public void Cites_that_differ_only_in_their_accessed_date_are_told_apart_by_year_suffixes()
    {
        var style = StyleParser.Parse(AuthorDate.Replace(
            "<group><label variable=\"locator\" form=\"short\" suffix=\" \"/><text variable=\"locator\"/></group>",
            "<date variable=\"accessed\" prefix=\"accessed \"><date-part name=\"year\"/></date>",
            StringComparison.Ordinal));
        CslItem Read(string id, int year) => Book(id, "A title", 2000, Levine) with
        {
            Dates = new Dictionary<string, CslDate> { ["issued"] = CslDate.Of(2000), ["accessed"] = CslDate.Of(year) },
        };
        var processor = new CslProcessor(style, [Read("a", 1999), Read("b", 2020)]);

        var citations = processor.Citations([new CitationRequest([new Cite("a")]), new CitationRequest([new Cite("b")])]).Select(c => OutputWriter.Text(c, processor.Locale));

        Assert.Equal(["(Levine, 2000a, accessed 1999)", "(Levine, 2000b, accessed 2020)"], citations);
    }

    [Theory]
    [InlineData("lessard <span class=\"nodecor\">v.</span> schmidt", "Lessard v. Schmidt")]
    [InlineData("lessard <span class=\"nocase\">v.</span> schmidt", "Lessard v. Schmidt")]
    [InlineData("lessard v. schmidt", "Lessard V. Schmidt")]
    public void Nodecor_text_keeps_its_case_as_nocase_text_does(string title, string html)
    {
        var style = CitationStyle("<text variable=\"title\" text-case=\"capitalize-all\"/>");
        var processor = new CslProcessor(style, [Book("a", title, 2000, Levine)]);

        Assert.Equal(html, OutputWriter.Html(processor.Citations([new CitationRequest([new Cite("a")])])[0], processor.Locale));
    }

    [Theory]
    [InlineData("", "(Aalto et al. 1999; Aalto et al. 2000; Aalto et al. 2001)")]
    [InlineData(" names-min=\"9\" names-use-first=\"9\"", "(Aalto et al. 1999; Aalto et al. 2001; Aalto et al. 2000)")]
    public void A_sort_key_shows_the_names_the_citations_et_al_options_show_unless_the_key_overrides_them(string keyOptions, string expected)
    {
        var style = StyleParser.Parse($"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>test</id></info>
              <macro name="author"><names variable="author"><name name-as-sort-order="all"/></names></macro>
              <macro name="year"><date variable="issued"><date-part name="year"/></date></macro>
              <citation et-al-min="3" et-al-use-first="1">
                <sort><key macro="author"{keyOptions}/><key macro="year"/></sort>
                <layout prefix="(" suffix=")" delimiter="; ">
                  <group delimiter=" "><names variable="author"><name form="short"/></names><text macro="year"/></group>
                </layout>
              </citation>
            </style>
            """);
        var crank = CslName.Person("Crank", "Christopher");
        var processor = new CslProcessor(style,
        [
            Book("q", "Q", 2001, CslName.Person("Aalto", "Alan"), CslName.Person("Quintuffle", "Qlark"), crank),
            Book("b", "B", 1999, CslName.Person("Aalto", "Alan"), CslName.Person("Baseballhat", "Bernie"), crank),
            Book("z", "Z", 2000, CslName.Person("Aalto", "Alan"), CslName.Person("Zipgpot", "Zody"), crank),
        ]);

        Assert.Equal(expected, OutputWriter.Text(processor.Citations([new CitationRequest([new Cite("q"), new Cite("b"), new Cite("z")])])[0], processor.Locale));
    }

    [Theory]
    [InlineData("TSerendorjiin", "Ts. Tserendorj")]
    [InlineData("ZHanna Marie", "Zh. M. Tserendorj")]
    [InlineData("Tserendorjiin", "T. Tserendorj")]
    [InlineData("JR", "J. Tserendorj")]
    [InlineData("LaToya", "L. Tserendorj")]
    public void A_capitalised_digraph_is_one_initial(string given, string expected)
    {
        var style = CitationStyle("<names variable=\"author\"><name initialize-with=\". \"/></names>");
        var processor = new CslProcessor(style, [Book("a", "A", 2000, CslName.Person("Tserendorj", given))]);

        Assert.Equal(expected, FirstCitation(processor, new Cite("a")));
    }

    [Theory]
    [InlineData(null, 1, null, "Ibid.")]
    [InlineData(1, 2, 3, "Levine 2000")]
    [InlineData(1, null, 2, "Ibid.")]
    public void Ibid_follows_the_cite_before_it_among_the_texts_citations_or_among_the_notes(int? first, int? second, int? third, string expected)
    {
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><id>test</id></info>
              <citation>
                <layout>
                  <choose>
                    <if position="ibid"><text term="ibid" text-case="capitalize-first" suffix="."/></if>
                    <else><group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date></group></else>
                  </choose>
                </layout>
              </citation>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("a", "A", 2000, Levine), Book("b", "B", 2001, Heller)]);

        var citations = processor.Citations([new CitationRequest([new Cite("a")], first), new CitationRequest([new Cite("b")], second), new CitationRequest([new Cite("a")], third)]);

        Assert.Equal(expected, OutputWriter.Text(citations[2], processor.Locale));
    }

    [Theory]
    [InlineData(true, false, "(Heller 2001; Levine 2000a; b)")]
    [InlineData(false, false, "(Levine 2000a; Heller 2001; Levine 2000b)")]
    [InlineData(true, true, "(Levine 2000a; Heller 2001; Levine 2000b)")]
    public void Cites_by_one_author_stand_together_only_when_the_citation_is_sorted(bool styleSorts, bool keepOrder, string expected)
    {
        var style = StyleParser.Parse($"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>test</id></info>
              <macro name="author"><names variable="author"><name form="short"/></names></macro>
              <citation collapse="year-suffix" disambiguate-add-year-suffix="true">
                {(styleSorts ? "<sort><key macro=\"author\"/></sort>" : "")}
                <layout prefix="(" suffix=")" delimiter="; ">
                  <group delimiter=" "><text macro="author"/><date variable="issued"><date-part name="year"/></date></group>
                </layout>
              </citation>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("a", "A", 2000, Levine), Book("h", "H", 2001, Heller), Book("b", "B", 2000, Levine)]);

        var citation = processor.Citations([new CitationRequest([new Cite("a"), new Cite("h"), new Cite("b")], KeepOrder: keepOrder)])[0];

        Assert.Equal(expected, OutputWriter.Text(citation, processor.Locale));
    }

    [Theory]
    [InlineData(false, "Attached: The new science of adult attachment")]
    [InlineData(true, "Attached")]
    public void A_short_title_leaves_out_the_subtitle_only_when_the_caller_asks(bool withoutSubtitle, string expected)
    {
        var style = CitationStyle("<text variable=\"title\" form=\"short\"/>");
        var processor = new CslProcessor(style, [Book("a", "Attached: The new science of adult attachment", 2010, Levine)]) { ShortTitlesWithoutSubtitle = withoutSubtitle };

        Assert.Equal(expected, FirstCitation(processor, new Cite("a")));
    }

    [Fact]
    public void The_first_reference_note_number_is_for_the_cites_after_the_first()
    {
        var style = CitationStyle("<group delimiter=\", \"><text variable=\"title\"/><group delimiter=\" \"><text value=\"n\"/><text variable=\"first-reference-note-number\"/></group></group>");
        var processor = new CslProcessor(style, [Book("a", "Book A", 2010, Levine)]);

        var citations = processor.Citations([new CitationRequest([new Cite("a")], 1), new CitationRequest([new Cite("a")], 2)]).Select(c => OutputWriter.Text(c, processor.Locale));

        Assert.Equal(["Book A", "Book A, n 1"], citations);
    }

    [Theory]
    [InlineData("vol. 1, fol. 186", "Book A, vol. 1, fol. 186")]
    [InlineData("pp. 3–8", "Book A, pp. 3–8")]
    [InlineData("12", "Book A, p. 12")]
    [InlineData("Preface", "Book A, p. Preface")]
    public void A_locator_that_begins_with_a_label_of_its_own_takes_no_other(string locator, string expected)
    {
        var style = CitationStyle("<group delimiter=\", \"><text variable=\"title\"/><group delimiter=\" \"><label variable=\"locator\" form=\"short\"/><text variable=\"locator\"/></group></group>");
        var processor = new CslProcessor(style, [Book("a", "Book A", 2010, Levine)]);

        Assert.Equal(expected, FirstCitation(processor, new Cite("a") { Locator = locator, Label = "page" }));
    }

    [Theory]
    [InlineData("!", ": colon", "“word!” colon")]
    [InlineData("?", ". period", "“word?” period")]
    [InlineData(":", "! exclamation", "“word!” exclamation")]
    [InlineData(".", "! exclamation", "“word.!” exclamation")]
    [InlineData(",", ", comma", "“word,” comma")]
    [InlineData(",", ": colon", "“word,”: colon")]
    [InlineData("!", "; semicolon", "“word!”; semicolon")]
    public void Punctuation_meets_the_mark_inside_a_closing_quotation(string suffix, string next, string expected)
    {
        var style = CitationStyle($"<group><text quotes=\"true\" value=\"word\" suffix=\"{suffix}\"/><text value=\"{next[2..]}\" prefix=\"{next[..2]}\"/></group>",
            "<locale><style-options punctuation-in-quote=\"true\"/></locale>");
        var processor = new CslProcessor(style, [Book("a", "A", 2010, Levine)]);

        Assert.Equal(expected, FirstCitation(processor, new Cite("a")));
    }

    [Fact]
    public void Punctuation_moved_into_a_quotation_leaves_the_markup_inside_it_whole()
    {
        var style = CitationStyle("<group><text quotes=\"true\" variable=\"title\"/><text value=\"next\" prefix=\"! \"/></group>",
            "<locale><style-options punctuation-in-quote=\"true\"/></locale>");
        var processor = new CslProcessor(style, [Book("a", "<i>word;</i>", 2010, Levine)]);

        Assert.Equal("“<i>word;</i>!” next", OutputWriter.Html(processor.Citations([new CitationRequest([new Cite("a")])])[0], processor.Locale));
    }

    [Fact]
    public void A_position_the_caller_gave_a_cite_stands()
    {
        var style = CitationStyle("<choose><if position=\"subsequent\"><text value=\"later\"/></if><else><text value=\"first\"/></else></choose>");
        var processor = new CslProcessor(style, [Book("a", "A", 2010, Levine)]);

        Assert.Equal("later", FirstCitation(processor, new Cite("a") { Position = CitePosition.Subsequent }));
    }

    [Fact]
    public void An_id_given_twice_is_one_item_whose_last_description_wins()
    {
        var processor = Processor(AuthorDate, Book("a", "The first", 2000, Levine), Book("b", "Between", 2001, Levine), Book("a", "The second", 2002, Levine));

        var entries = processor.Bibliography().Select(e => OutputWriter.Text(e, processor.Locale)).ToList();

        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Contains("The Second", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("The First", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_italics_turn_roman_by_class_on_web_pages()
    {
        var style = StyleParser.Parse(AuthorDate.Replace("<text variable=\"title\" text-case=\"title\"/>", "<text variable=\"title\" font-style=\"italic\"/>", StringComparison.Ordinal));
        var italic = new CslProcessor(style, [Book("a", "On <i>Homo sapiens</i> today", 2000, Levine)]);

        Assert.Contains("<i>On <span class=\"csl-font-style-normal\">Homo sapiens</span> today</i>", OutputWriter.HtmlWithClasses(italic.Bibliography()[0], italic.Locale), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My “Amazing” Title", "(2000). “My ‘Amazing’ Title.”")]
    [InlineData("My ‘Amazing’ Title", "(2000). “My ‘Amazing’ Title.”")]
    [InlineData("A “‘nested’ <i>pair</i>” here", "(2000). “A ‘“nested” <i>pair</i>’ here.”")]
    [InlineData("Don’t \"stop\" now", "(2000). “Don’t ‘stop’ now.”")]
    public void Quotations_inside_a_quoted_title_flip_flop_between_outer_and_inner_marks(string title, string expected)
    {
        var style = StyleParser.Parse(AuthorDate.Replace("<text variable=\"title\" text-case=\"title\"/>", "<text variable=\"title\" quotes=\"true\"/>", StringComparison.Ordinal));
        var processor = new CslProcessor(style, [Book("a", title, 2000, Levine)]);

        Assert.Contains(expected, OutputWriter.Html(processor.Bibliography()[0], processor.Locale), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<text macro=\"autor\"/>", 6, "the macro 'autor' is not defined (did you mean 'author'?)")]
    [InlineData("<text macro=\"author\"/></layout></citation><macro name=\"author\"><text value=\"x\"/></macro><citation><layout>", 6, "the macro 'author' is defined twice")]
    public void A_style_that_names_a_macro_wrongly_says_where(string inner, int line, string message)
    {
        var style = $"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>x</id><title>x</title></info>
              <macro name="author"><names variable="author"/></macro>
              <citation>
                <layout>
                  {inner}
                </layout>
              </citation>
            </style>
            """;

        var error = Assert.Throws<CslStyleException>(() => StyleParser.Parse(style));

        Assert.Equal((line, message), (error.Line, error.Message));
    }

    [Fact]
    public void A_dependent_style_names_its_parent_and_a_broken_style_says_where()
    {
        var dependent = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>x</id><link href="http://www.zotero.org/styles/apa" rel="independent-parent"/></info>
            </style>
            """);
        var broken = Assert.Throws<CslStyleException>(() => StyleParser.Parse("<style xmlns=\"http://purl.org/net/xbiblio/csl\">\n  <citation>\n</style>"));

        Assert.Equal("http://www.zotero.org/styles/apa", dependent.ParentId);
        Assert.Equal(3, broken.Line);
    }

    [Fact]
    public void A_choose_inside_a_group_gives_its_elements_to_the_group_delimiter()
    {
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <citation><layout><group delimiter=". ">
                <names variable="author"><name/></names>
                <choose><if type="book"><date variable="issued"><date-part name="year"/></date><text variable="title"/></if></choose>
              </group></layout></citation>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("a", "Attached", 2010, Levine)]);

        Assert.Equal("Amir Levine. 2010. Attached", FirstCitation(processor, new Cite("a")));
    }

    [Theory]
    // Turkish and Azerbaijani case the dotted and the dotless i apart; elsewhere the dotless ı still has a capital, I
    [InlineData("tr", "uppercase", "istanbul ılık", "İSTANBUL ILIK")]
    [InlineData("az-Latn", "uppercase", "iş", "İŞ")]
    [InlineData("en", "uppercase", "ia and ıb", "IA AND IB")]
    [InlineData("tr", "lowercase", "IŞIK İZMİR", "ışık izmir")]
    [InlineData("tr", "capitalize-first", "istanbul", "İstanbul")]
    [InlineData("trk", "uppercase", "iş", "IŞ")] // a language that only starts with "tr"
    public void Text_case_follows_the_items_language_for_the_letter_i(string language, string textCase, string title, string expected) =>
        Assert.Equal(expected, CasedTitle(language, textCase, title));

    [Theory]
    [InlineData(3)] // a document's handful, compared one by one
    [InlineData(40)] // a long list, through a table
    public void A_list_takes_each_known_item_once_whatever_its_length(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => Book($"w{i:D2}", $"Work {count - i:D2}", 2000, Levine)).ToArray();
        var processor = Processor(AuthorDate, items);
        // every id twice, an unknown one among them, in an order of their own
        var ids = items.Select(i => i.Id).Concat(["unknown"]).Concat(items.Select(i => i.Id).Reverse()).ToList();

        var order = processor.Order(ids);

        Assert.Equal(count, order.Count);
        Assert.Equal(items.Select(i => i.Id).OrderByDescending(id => id, StringComparer.Ordinal), order); // sorted by title: "Work 01" is the last item's
    }

    [Theory]
    // a case on a term, on a value, on a group of several, and one inside a macro that the macro's caller formats
    [InlineData("<text term=\"in\" text-case=\"capitalize-first\" suffix=\": \"/><text variable=\"title\"/>", "In: a title")]
    [InlineData("<text value=\"see\" text-case=\"uppercase\" suffix=\" \"/><text variable=\"title\"/>", "SEE a title")]
    [InlineData("<group text-case=\"uppercase\" delimiter=\" \"><text term=\"in\"/><text variable=\"title\"/></group>", "IN A TITLE")]
    [InlineData("<text macro=\"m\" font-style=\"italic\" text-case=\"uppercase\"/>", "IN A TITLE")]
    public void A_text_case_reaches_the_text_it_decorates(string layout, string expected)
    {
        var style = CitationStyle(layout, head: """<macro name="m"><group delimiter=" "><text term="in"/><text variable="title"/></group></macro>""");
        var processor = new CslProcessor(style, [Book("a", "a title", 2010, Levine)]);

        Assert.Equal(expected, FirstCitation(processor, new Cite("a")));
    }

    [Theory]
    [InlineData("en", "title", "the life of madame du barry", "The Life of Madame Du Barry")] // "du" is no English stop word
    [InlineData("fr", "uppercase", "sa « vie »", "SA «\u202FVIE\u202F»")] // guillemets hold their words with narrow no-break spaces
    public void Titles_are_written_as_the_reference_processors_write_them(string language, string textCase, string title, string expected) =>
        Assert.Equal(expected, CasedTitle(language, textCase, title));

    private static string CasedTitle(string language, string textCase, string title) =>
        FirstCitation(
            new CslProcessor(CitationStyle($"""<text variable="title" text-case="{textCase}"/>"""), [new CslItem("x", "book") { Variables = new Dictionary<string, string> { ["title"] = title, ["language"] = language } }]),
            new Cite("x"));

    [Theory]
    // a term ends the substitution, printed or empty, and the names then count as no variable the group called
    [InlineData("", "Content:")]
    [InlineData("Anonymous", "Content: Anonymous")]
    public void A_term_in_a_substitute_ends_it_and_calls_no_variable(string term, string expected)
    {
        var style = CitationStyle(
            """<group delimiter=" "><text value="Content:"/><names variable="translator"><substitute><text term="editor"/><text variable="title"/></substitute></names></group>""",
            $"""<locale><terms><term name="editor">{term}</term></terms></locale>""");
        var processor = new CslProcessor(style, [new CslItem("x", "book") { Variables = new Dictionary<string, string> { ["title"] = "Title" } }]);

        Assert.Equal(expected, FirstCitation(processor, new Cite("x")));
    }

    [Theory]
    // a group that prints, even fixed text only, counts as a variable that rendered for the group around it;
    // a group whose variables are all empty still shows nothing (here the whole cite, which then has no printed form)
    [InlineData("""<group delimiter=" "><text variable="title"/><group><text value="(no title)"/></group></group>""", "(no title)")]
    [InlineData("""<group delimiter=" "><text variable="title"/><text value="(no title)"/></group>""", OutputParts.NoPrintedFormText)]
    [InlineData("""<group delimiter=" "><text variable="title"/><group><text variable="volume"/><text value="vol."/></group></group>""", OutputParts.NoPrintedFormText)]
    public void A_nested_group_that_prints_keeps_its_group(string layout, string expected) =>
        Assert.Equal(expected, FirstCitation(new CslProcessor(CitationStyle(layout), [new CslItem("x", "book")]), new Cite("x")));

    [Theory]
    // the key reads the first name and, with names-use-last, the last: Boop sorts before Zotero whatever the middle names
    [InlineData("true", "Two|One")]
    [InlineData("false", "One|Two")]
    public void A_sort_key_on_names_can_use_the_last_name(string useLast, string expected)
    {
        var style = StyleParser.Parse($"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>sort</id></info>
              <macro name="author"><names variable="author"><name/></names></macro>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography>
                <sort><key macro="author" names-min="3" names-use-first="1" names-use-last="{useLast}"/><key variable="title"/></sort>
                <layout><text variable="title"/></layout>
              </bibliography>
            </style>
            """);
        var doe = CslName.Person("Doe", "John");
        var processor = new CslProcessor(style, [
            Book("one", "One", 2000, doe, CslName.Person("Anderson", "Alvin"), CslName.Person("Zotero", "Zoe")),
            Book("two", "Two", 2000, doe, CslName.Person("Xerxes", "Xavier"), CslName.Person("Boop", "Betty"))]);

        Assert.Equal(expected, string.Join("|", processor.Bibliography().Select(e => OutputWriter.Text(e, processor.Locale))));
    }

    [Fact]
    public void A_language_without_a_locale_keeps_the_styles_terms_for_it()
    {
        // no locale file for "gx": American English stands in, and the style's own "gx" terms apply on top of it
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="gx">
              <info><id>gx</id></info>
              <locale xml:lang="gx"><terms><term name="editor">edxitor</term></terms></locale>
              <citation>
                <layout><names variable="editor translator" delimiter=" + "><name/><label prefix=" (" suffix=")"/></names></layout>
              </citation>
            </style>
            """);
        var item = new CslItem("x", "book")
        {
            Names = new Dictionary<string, IReadOnlyList<CslName>> { ["editor"] = [CslName.Person("Doe", "John")], ["translator"] = [CslName.Person("Roe", "Jane")] },
        };
        var processor = new CslProcessor(style, [item], new CslLocale(LocaleParser.BuiltInEnglish(), style.Locales, "gx"));

        Assert.Equal("John Doe (edxitor) + Jane Roe (translator)", FirstCitation(processor, new Cite("x")));
    }

    [Theory]
    // a list of pages joined by "&" takes the locale's "and" symbol, which a style may set
    [InlineData("""<term name="and" form="symbol">und</term>""", "pages 213 und 235")]
    [InlineData("", "pages 213 & 235")]
    public void A_locators_ampersand_is_the_locales_and_symbol(string terms, string expected)
    {
        var style = CitationStyle("""<group delimiter=" "><label variable="locator"/><text variable="locator"/></group>""", $"<locale><terms>{terms}</terms></locale>");

        Assert.Equal(expected, FirstCitation(new CslProcessor(style, [new CslItem("x", "book")]), new Cite("x") { Locator = "213 & 235", Label = "page" }));
    }

    [Theory]
    // name-part formatting: the family name's reaches the non-dropping particle, the given name's the dropping one,
    // each particle a run of its own; the family part's affixes enclose the particles and the suffix
    [InlineData("""<name-part name="family" text-case="uppercase"/>""", "Gerard van DER MEER III")]
    [InlineData("""<name-part name="given" text-case="uppercase"/>""", "GERARD VAN der Meer III")]
    [InlineData("""<name-part name="family" prefix="(" suffix=")"/>""", "Gerard (van der Meer III)")]
    public void Name_part_formatting_reaches_the_particles_of_its_part(string parts, string expected)
    {
        var meer = new CslName { Given = "Gerard", DroppingParticle = "van", NonDroppingParticle = "der", Family = "Meer", Suffix = "III" };
        var processor = new CslProcessor(CitationStyle($"""<names variable="author"><name>{parts}</name></names>"""), [Book("x", "X", 2000, meer)]);

        Assert.Equal(expected, FirstCitation(processor, new Cite("x")));
    }

    [Fact]
    public void A_demoted_particle_keeps_the_family_names_formatting_inside_the_given_parts_affixes()
    {
        var style = CitationStyle("""
            <names variable="author">
              <name name-as-sort-order="all" sort-separator=" ">
                <name-part name="given" prefix="(" suffix=")"/>
                <name-part name="family" font-variant="small-caps"/>
              </name>
            </names>
            """);
        var aubignac = new CslName { Given = "François Hédelin", NonDroppingParticle = "d’", Family = "Aubignac" };
        var processor = new CslProcessor(style, [Book("x", "X", 2000, aubignac)]);

        Assert.Equal(
            "<span style=\"font-variant:small-caps;\">Aubignac</span> (François Hédelin <span style=\"font-variant:small-caps;\">d’</span>)",
            OutputWriter.Html(processor.Citations([new CitationRequest([new Cite("x")])])[0], processor.Locale));
    }

    [Fact]
    public void An_entry_that_ends_with_a_display_block_ends_its_text_inside_it()
    {
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>blocks</id></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography>
                <layout suffix=".">
                  <group display="left-margin"><date variable="issued"><date-part name="year"/></date></group>
                  <group display="right-inline"><text variable="title" font-variant="small-caps"/></group>
                </layout>
              </bibliography>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("x", "Here", 2000, Levine)]);

        Assert.EndsWith("<span style=\"font-variant:small-caps;\">Here</span>.</div>", OutputWriter.Html(processor.Bibliography()[0], processor.Locale));
    }

    [Fact]
    public void Cites_that_show_only_years_group_by_their_authors_to_collapse()
    {
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>years</id></info>
              <citation year-suffix-delimiter="," disambiguate-add-year-suffix="true" collapse="year-suffix">
                <layout prefix="(" suffix=")" delimiter="; "><date variable="issued"><date-part name="year"/></date></layout>
              </citation>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("a", "A", 1965, Levine), Book("b", "B", 1965, Levine), Book("c", "C", 1970, Heller)]);

        var citation = processor.Citations([new CitationRequest([new Cite("a"), new Cite("b"), new Cite("c")])])[0];

        Assert.Equal("(1965a,b; 1970)", OutputWriter.Text(citation, processor.Locale));
    }

    [Theory]
    // a style that sets the after-collapse delimiter joins every group of an author's cites with it, collapsed or not
    [InlineData("year", "", "(Levine 1965, 1970; Heller 1980)", "(Levine 1965; Heller 1980)", "(Levine 1965, p. 4; Heller 1980)")]
    [InlineData("year-suffix", "", "(Levine 1965, 1970; Heller 1980)", "(Levine 1965, Heller 1980)", "(Levine 1965, p. 4; Heller 1980)")]
    // without one, the layout's delimiter joins them all
    [InlineData("year", "none", "(Levine 1965, 1970, Heller 1980)", "(Levine 1965, Heller 1980)", "(Levine 1965, p. 4, Heller 1980)")]
    public void The_after_collapse_delimiter_follows_a_collapsed_group_and_where_the_style_sets_it_every_group(string collapse, string setting, string collapsed, string single, string locator)
    {
        var style = StyleParser.Parse($$"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>after-collapse</id></info>
              <citation collapse="{{collapse}}" {{(setting == "none" ? "" : "after-collapse-delimiter=\"; \"")}}>
                <layout prefix="(" suffix=")" delimiter=", ">
                  <group delimiter=", ">
                    <group delimiter=" ">
                      <names variable="author"><name form="short"/></names>
                      <date variable="issued"><date-part name="year"/></date>
                    </group>
                    <group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group>
                  </group>
                </layout>
              </citation>
            </style>
            """);
        var processor = new CslProcessor(style, [Book("a", "A", 1965, Levine), Book("b", "B", 1970, Levine), Book("c", "C", 1980, Heller)]);

        var citations = processor.Citations([
            new CitationRequest([new Cite("a"), new Cite("b"), new Cite("c")]),
            new CitationRequest([new Cite("a"), new Cite("c")]),
            new CitationRequest([new Cite("a") { Locator = "4", Label = "page" }, new Cite("c")]),
        ]);

        Assert.Equal([collapsed, single, locator], citations.Select(c => OutputWriter.Text(c, processor.Locale)));
    }

    [Fact]
    public void Ordinals_agree_with_the_gender_of_the_noun_they_number()
    {
        // French: "1re édition" (feminine), "1er numéro" (masculine), "2e" for both; a noun without a gender takes the
        // masculine; a long ordinal the style does not give by gender comes from the locale below (English here)
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id>ordinals</id></info>
              <locale>
                <terms>
                  <term name="ordinal">e</term>
                  <term name="ordinal-01" gender-form="feminine" match="whole-number">re</term>
                  <term name="ordinal-01" gender-form="masculine" match="whole-number">er</term>
                  <term name="long-ordinal-01" gender-form="feminine">première</term>
                  <term name="long-ordinal-01" gender-form="masculine">premier</term>
                  <term name="edition" gender="feminine">édition</term>
                  <term name="issue" gender="masculine">numéro</term>
                </terms>
              </locale>
              <citation>
                <layout>
                  <group delimiter="|">
                    <number variable="edition" form="ordinal"/>
                    <number variable="issue" form="ordinal"/>
                    <number variable="volume" form="ordinal"/>
                    <number variable="edition" form="long-ordinal"/>
                    <number variable="issue" form="long-ordinal"/>
                  </group>
                </layout>
              </citation>
            </style>
            """);
        CslItem Numbered(string id, string n) => new(id, "book") { Variables = new Dictionary<string, string> { ["edition"] = n, ["issue"] = n, ["volume"] = n } };
        var processor = new CslProcessor(style, [Numbered("one", "1"), Numbered("two", "2")]);

        var citations = processor.Citations([new CitationRequest([new Cite("one")]), new CitationRequest([new Cite("two")])]);

        Assert.Equal("1re|1er|1er|première|premier", OutputWriter.Text(citations[0], processor.Locale));
        Assert.Equal("2e|2e|2e|second|second", OutputWriter.Text(citations[1], processor.Locale));
    }

    [Theory]
    [InlineData("2nd", "ordinal", "2nd")]
    [InlineData("3", "ordinal", "3rd")]
    [InlineData("11", "ordinal", "11th")]
    [InlineData("21", "ordinal", "21st")]
    [InlineData("4", "long-ordinal", "fourth")]
    [InlineData("14", "roman", "xiv")]
    [InlineData("3-5", "numeric", "3–5")] // a range takes an en dash
    [InlineData("3 - 5", "numeric", "3–5")]
    public void Numbers_take_ordinal_and_roman_forms(string value, string form, string expected)
    {
        var processor = Processor(AuthorDate);

        Assert.Equal(expected, NumberFormatterProbe.Format(value, form, processor));
    }

    [Theory]
    [InlineData("321-28", "expanded", "321–328")]
    [InlineData("321-328", "minimal", "321–8")]
    [InlineData("321-328", "minimal-two", "321–28")]
    [InlineData("1496-1504", "chicago", "1496–1504")]
    [InlineData("52–61", "minimal", "52–61")]
    [InlineData("007-9", "expanded", "007–009")]
    [InlineData("1-4", "chicago", "1–4")]
    [InlineData("N110-N115", "minimal", "N110–5")]
    [InlineData("8n11564-8n1568", "chicago", "8n11564–68")] // a prefix of digits and letters: a note on a page
    [InlineData("110 - 15", "expanded", "110–115")]
    [InlineData("xii-xv", "expanded", "xii–xv")]
    [InlineData("52-61a", "minimal", "52-61a")]
    [InlineData("71", "minimal", "71")]
    public void Page_ranges_follow_the_page_range_format(string value, string format, string expected)
    {
        var style = AuthorDate.Replace("version=\"1.0\">", $"version=\"1.0\" page-range-format=\"{format}\">", StringComparison.Ordinal)
            .Replace("<text variable=\"title\" text-case=\"title\"/>", "<text variable=\"page\"/>", StringComparison.Ordinal);
        var item = Book("a", "T", 2000, Levine) with { Variables = new Dictionary<string, string> { ["title"] = "T", ["page"] = value } };
        var processor = new CslProcessor(StyleParser.Parse(style), [item]);

        Assert.Equal($"Levine, A. (2000). {expected}.", OutputWriter.Text(processor.Bibliography()[0], processor.Locale));
    }

    [Theory]
    [InlineData("issue", "3-4", "3–4")]
    [InlineData("volume", "12-13", "12–13")]
    [InlineData("edition", "2-3", "2–3")]
    [InlineData("issue", "3", "3")]
    [InlineData("issue", "S1-S2", "S1-S2")]
    [InlineData("issue", "Spring-Summer", "Spring-Summer")]
    [InlineData("number", "2001-05", "2001-05")] // an identifier, not a range
    public void A_range_of_a_counting_variable_printed_as_text_takes_an_en_dash(string variable, string value, string expected)
    {
        var style = AuthorDate.Replace("<text variable=\"title\" text-case=\"title\"/>", $"<text variable=\"{variable}\"/>", StringComparison.Ordinal);
        var item = Book("a", "T", 2000, Levine) with { Variables = new Dictionary<string, string> { ["title"] = "T", [variable] = value } };
        var processor = new CslProcessor(StyleParser.Parse(style), [item]);

        Assert.Equal($"Levine, A. (2000). {expected}.", OutputWriter.Text(processor.Bibliography()[0], processor.Locale));
    }
}

/// <summary>A locator's label agrees in number with the locator: one page, or a range or list of them.</summary>
public class LocatorLabelTests
{
    [Theory]
    [InlineData("71", "p. 71")]
    [InlineData("71-72", "pp. 71–72")]
    [InlineData("71–72", "pp. 71–72")]
    [InlineData("71, 75", "pp. 71, 75")]
    [InlineData("71 & 75", "pp. 71 & 75")]
    [InlineData("71 and 75", "pp. 71 and 75")]
    [InlineData("3-B", "p. 3-B")]
    [InlineData("xii-xv", "pp. xii–xv")]
    [InlineData("12\\-14", "p. 12-14")]
    [InlineData("iv", "p. iv")]
    public void The_label_is_plural_for_a_range_or_a_list(string locator, string expected)
    {
        var style = StyleParser.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <citation><layout><group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group></layout></citation>
            </style>
            """);
        var engine = new CslProcessor(style, [new CslItem("a", "book")]);

        var cite = engine.Citations([new CitationRequest([new Cite("a") { Locator = locator, Label = "page" }])])[0];

        Assert.Equal(expected, OutputWriter.Text(cite, engine.Locale));
    }
}

/// <summary>Reaches the number formatting through a style, as a style would use it.</summary>
internal static class NumberFormatterProbe
{
    public static string Format(string value, string form, CslProcessor processor)
    {
        var style = StyleParser.Parse($"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <citation><layout><number variable="edition" form="{form}"/></layout></citation>
            </style>
            """);
        var item = new CslItem("e", "book") { Variables = new Dictionary<string, string> { ["edition"] = value } };
        var engine = new CslProcessor(style, [item], processor.Locale);
        return OutputWriter.Text(engine.Citations([new CitationRequest([new Cite("e")])])[0], engine.Locale);
    }
}
