using SiteBuilder.Bibliography;
using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Output;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Output;

/// <summary>
/// An essay's body read through its map (<see cref="BodyMap"/>) gives the page and the facts that reading it whole
/// gives, for every kind of Markdown: the map only lets the rewriter pass over what it would leave alone.
/// </summary>
public class BodyMapTests
{
    private const string Library =
        """
        references:
        - {id: levine2010, type: book, title: Attached, issued: 2010, author: [{family: Levine, given: A.}, {family: Heller, given: R.}]}
        - {id: johnson2008, type: book, title: Hold me tight, issued: 2008, author: [{family: Johnson, given: S. M.}]}
        """;

    /// <summary>Every construct the site's Markdown has, each more than once and nested where it can be.</summary>
    private const string KitchenSink =
        """
        Opening words with *emphasis*, **strong**, `code`, ~~struck~~, ==marked==, H~2~O and x^2^, &amp; an entity.
        A hard break follows\
        and a [link to a page](/essays/other/ "with a title"), [one into it](/essays/other/#a-place), [a
        relative one](../other/), [one out](https://example.org/x "titled"), [an insecure one](http://example.org/),
        <https://autolink.example/>, [a missing place](#nowhere) and a cite [@levine2010, p. 3].

        ## A heading with [a link](/references/levine2010/) and *emphasis*

        @johnson2008 says so,[^note] and again [-@johnson2008].

        > A quote with a paragraph [@levine2010; @johnson2008].
        >
        > ### A heading in a quote
        >
        > - a list in it

        - a tight list
        - with [a link](/about/)
          - nested *deeper*
        - ## a heading in a list

        1. a loose list

        2. with two paragraphs

           and a second one

        ---

        ![an image](/assets/i.png) and ![](/assets/no-alt.png)

        | a | b |
        |:--|--:|
        | [x](/x/) | `y` |

        ```csharp
        var code = "<a href=\"/not/a/link/\">";
        ```

            indented code

        ^^^
        ![a figure](/assets/f.png)
        ^^^ A caption with [a link](/references/johnson2008/)

        ## A heading with [a link](/references/levine2010/) and *emphasis*

        #### Skipped a level

        # A first-level heading in the body

        ## Love &amp; *loss*, `code` and &lt;angles&gt; 

        ##### A fifth level, not anchored

        ### Ends in a spaced code span `x `

        ## Twice

        Words under it, whose id is "twice-p1".

        ## Twice p1

        ## Twice

        Last words.[^second]

        [^note]: A note with [a link](/about/) and a cite [@levine2010].
        [^second]: Another note.
        """;

    [Fact]
    public void A_mapped_body_gives_the_page_and_facts_of_one_read_whole()
    {
        var body = Render(KitchenSink, out var map);

        Assert.NotNull(map);
        Assert.Contains(map!.Entries, e => e.Does == BodyMap.Step.Id); // paragraphs and citations are passed over
        Assert.Contains(map.Entries, e => e.Does == BodyMap.Step.Href);
        Assert.Contains(Page(body, map).Facts.DuplicateIds, d => d.Id == "twice-p1"); // a heading's id that a paragraph has too
        SamePage.Assert(Page(body, null), Page(body, map));
    }

    [Fact]
    public void Most_of_an_essay_is_passed_over()
    {
        const string Sentence = "A sentence of an essay, with *a word stressed* and **another**, long as sentences are. ";
        var paragraph = string.Concat(Enumerable.Repeat(Sentence, 5));
        var body = Render($"{paragraph}\n\n{paragraph}`code`.\n\n- a list\n- of **items**\n\n## A heading\n\n{paragraph}As shown [@levine2010].\n", out var map);

        var read = map!.Entries.Where(e => e.Does == BodyMap.Step.Read).Sum(e => e.To - e.From);
        Assert.True(read < body.Length / 4, $"{read} of {body.Length} characters read tag by tag");
        Assert.Equal(["intro-p1", "intro-p2", "a-heading-p1", "cite-1"], map.Entries.Where(e => e.Does == BodyMap.Step.Id).Select(e => e.Id));
        var link = Assert.Single(map.Entries, e => e.Does == BodyMap.Step.Href);
        Assert.Equal("/references/levine2010/", body[link.From..link.To]); // the citation's link, made relative on the page
    }

    [Fact]
    public void A_body_with_raw_html_has_no_map()
    {
        Render("Text with <span id=\"x\">raw HTML</span>.\n", out var inline);
        Render("<div class=\"box\">\n\nInside.\n\n</div>\n", out var block);

        Assert.Null(inline);
        Assert.Null(block);
    }

    [Fact]
    public void A_body_written_twice_is_read_twice()
    {
        var body = Render(KitchenSink, out var map);
        var twice = Marked(body) + "</div><div class=\"prose\">" + Marked(body);

        SamePage.Assert(Rewrite(Wrap(twice.Replace(BodyMap.Start, "", StringComparison.Ordinal).Replace(BodyMap.End, "", StringComparison.Ordinal)), null), Rewrite(Wrap(twice), map));
    }

    [Fact]
    public void A_body_that_is_not_where_its_map_says_is_read_whole()
    {
        var body = Render(KitchenSink, out var map);
        var changed = BodyMap.Start + "<p>Inserted by a template.</p>\n" + body[..^1] + BodyMap.End + "\n"; // its map's offsets are off

        SamePage.Assert(Rewrite(Wrap("<p>Inserted by a template.</p>\n" + body), null), Rewrite(Wrap(changed), map));
    }

    [Fact]
    public void A_body_inside_a_heading_or_in_text_the_pass_does_not_read_leaves_no_marker()
    {
        var body = Render("Some *words*.\n\nMore words.\n", out var map);
        var html = "<html><head><title>" + Marked(body) + "</title></head><body><main><h2>" + Marked(body) + "</h2><div class=\"prose\">" + Marked(body) + "</div></main></body></html>";

        var page = Rewrite(html, map);

        Assert.DoesNotContain("\uE5B0", page.File!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\uE5B1", page.File!.Text, StringComparison.Ordinal);
        SamePage.Assert(Rewrite(html.Replace(BodyMap.Start, "", StringComparison.Ordinal).Replace(BodyMap.End, "", StringComparison.Ordinal), null), page);
    }

    private static string Render(string markdown, out BodyMap? map)
    {
        var library = BibliographyReader.Read(Library, new DiagnosticBag());
        var pipeline = MarkdownPipelineFactory.Create();
        var processor = new CitationProcessor(BuiltInStyles.Apa(), library);
        var parsed = new MarkdownDocumentParser(pipeline).Parse("content/essays/x.md", markdown, new DiagnosticBag())!;
        var processed = processor.Process(parsed.Citations.Select(c => c.Citation).ToList(), [], SourceLocation.File("content/essays/x.md"), new DiagnosticBag());
        var formatted = parsed.CitationNodes.Select((node, i) => (Node: node, Text: processed.Citations[i]!)).ToDictionary(x => x.Node, x => x.Text);
        var buffer = new System.Text.StringBuilder();
        map = MarkdownHtmlRenderer.Render(parsed, pipeline, formatted, buffer, mapped: true);
        return buffer.ToString();
    }

    /// <summary>The body between its markers, as the templates write it (its last line break after them).</summary>
    private static string Marked(string body) => BodyMap.Start + body[..^1] + BodyMap.End + "\n";

    private static string Wrap(string prose) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>X</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n<main id=\"main\">\n<h1>X</h1>\n<div class=\"prose\">\n"
        + prose + "</div>\n</main>\n<footer><a href=\"/\">Home</a> <a href=\"/about/\">About</a></footer>\n</body>\n</html>\n";

    private static ProcessedPage Page(string body, BodyMap? map) => Rewrite(Wrap(map is null ? body : Marked(body)), map);

    private static ProcessedPage Rewrite(string html, BodyMap? map) =>
        new PageRewriter().Rewrite(new RenderedPage("essays/x/index.html", html, SourceLocation.File("content/essays/x.md")) { Body = map });
}
