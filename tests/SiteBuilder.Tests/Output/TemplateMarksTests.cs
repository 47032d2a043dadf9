using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Tests.Support;
using SiteBuilder.Templates;

namespace SiteBuilder.Tests.Output;

/// <summary>
/// A page whose templates marked where they wrote their stretches (<see cref="TemplateMark"/>) gives, read through
/// the marks, the page and the facts that reading it whole gives: the marks only let the rewriter take as read the
/// markup it read when the templates were compiled (<see cref="MarkupRun"/>), wherever values, HTML, partials,
/// loops and indentation put it on the page.
/// </summary>
public class TemplateMarksTests
{
    public sealed record Values(string X, string Y, string U, HtmlString H, bool C, IReadOnlyList<string> L);

    /// <summary>Values an escaped value can be (with entities, quotes, angles, spaces, an attribute's start, addresses of every kind).</summary>
    private static readonly string[] Texts =
    [
        "plain", "a & b", "\"quoted\" and 'single'", "<b>bold?</b>", "prose", "x y", "", "#frag", "/site/root/", "/a?b=1&c=2",
        "https://ext.example/", "http://insecure.example/", "../rel/", "—unicode—", "main", "data-sb-src", "-->", "</script>", "k=",
    ];

    /// <summary>HTML a value can be: balanced or not, a heading, a link, a tag left open, a quote, a comment begun.</summary>
    private static readonly string[] Htmls =
    [
        "<em>x</em>", "<h2 id=\"in\">In <i>it</i></h2>", "<a href=\"/x/\">x</a>", "</div>", "<p", "\"", "<script>", "<!-- ",
        "<div class=\"prose\"><h3>Deep</h3>", "", "text only", "<img src=\"/i.png\">",
    ];

    /// <summary>Pieces of templates: tags with values in every place a value can stand, and the statements around them.</summary>
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div class=\"prose\">", "</div>", "<main id=\"m\">", "</main>", "<h2 id=\"{{ page.x }}\">", "<h3>", "</h2>", "</h3>",
        "<span title=\"{{ page.x }}\">", "</span>", "<a href=\"{{ page.u }}\">", "<a href='{{ page.u }}'>", "<a href={{ page.u }}>", "</a>",
        "<a class=\"{{ page.x }}\" href=\"/p/\">", "<li id=\"{{ page.x }}\">", "<meta name=\"{{ page.x }}\" content=\"{{ page.y }}\">",
        "<img src=\"{{ page.u }}\">", "<img src=\"/i.png\" alt=\"{{ page.x }}\">", "<link rel=\"stylesheet\" href=\"{{ page.u }}\">",
        "<script src=\"{{ page.u }}\"></script>", "<script>var a = \"{{ page.x }}\";</script>", "<title>{{ page.x }}</title>",
        "<!-- {{ page.x }} -->", "<!DOCTYPE html>", "< not a tag ", "a < b ", "{{ page.x }}", "{{ page.h }}", "<{{ page.x }}>", "<p {{ page.x }}>", "<p {{ page.x }}\"q><a href=\"/z/\">r\">",
        "</head>", "<br/>", "<input disabled>", "<source src=\"{{ page.u }}\">", "<div class=\"{{ page.x }} prose\">", "<p data-sb-src=\"3:4\">",
        "<a id=\"{{ page.x }}\" href=\"{{ page.u }}\">", "<span>&amp;{{ page.x }}</span>", "{{ if page.c }}<b id=\"b\">{{ end }}", "</b>",
        "{{ for i in page.l }}<li id=\"{{ i }}\"><a href=\"#{{ i }}\">{{ i }}</a></li>{{ end }}", "{{ partial \"partials/p.html\" }}",
        "\n  {{ partial \"partials/p.html\" }}\n", "<h2>{{ page.x }}</h2>", "<a  class=x\n href=\"/spaced/\">", "<A HREF=\"/upper/\">", "</A>",
        "<textarea>{{ page.h }}</textarea>", "<a href=\"/{{ page.x }}/\">", "<section><h2 id=\"s\">S</h2><p id=\"{{ page.y }}\">t</p></section>",
        "\n", "  ", "text ", "<div class=\"prose\"><h2 id=\"{{ page.y }}\">{{ page.x }}</h2>", "{{ page.h }}<p>after</p>",
        "{{ for c in page.x }}<i id=\"{{ c }}\">{{ c }}</i>{{ end }}", // a loop over a string: the plan leaves the page to Scriban
    ];

    private const string Partial = "<nav><a href=\"/\">Home</a> <a href=\"{{ page.u }}\">{{ page.x }}</a></nav>\n<ul>\n  <li>{{ page.y }}</li>\n</ul>\n";

    [Fact]
    public void A_page_read_through_its_templates_marks_gives_the_page_and_facts_of_one_read_whole()
    {
        var random = new Random(20261128);
        var marked = 0;
        for (var round = 0; round < 400; round++)
        {
            var layout = string.Concat(Enumerable.Range(0, random.Next(3, 30)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            var values = new Values(Pick(random, Texts), Pick(random, Texts), Pick(random, Texts), new HtmlString(Pick(random, Htmls)), random.Next(2) == 0, Texts.Take(random.Next(4)).ToList());
            var (marks, pages) = Render(layout, values, preview: round % 3 == 0);
            marked += marks;
            foreach (var (withMarks, whole) in pages)
            {
                SamePage.Assert(whole, withMarks, layout);
            }
        }

        Assert.True(marked > 20_000, $"{marked} marks"); // the pages were marked: the test compares something
    }

    [Fact]
    public void A_page_with_more_marks_than_a_page_keeps_is_read_on_from_where_they_end()
    {
        // a loop in the layout and one in a partial, each past the most marks a buffer keeps
        var many = Enumerable.Range(0, 1500).Select(i => $"id-{i}").ToList();
        var layout = "<ul>{{ for i in page.l }}<li id=\"{{ i }}\"><a href=\"#{{ i }}\">{{ i }}</a></li>{{ end }}</ul>{{ partial \"partials/p.html\" }}<h2 id=\"end\">End</h2>";
        var values = new Values("x", "y", "/u/", new HtmlString(""), true, many);

        var (marks, pages) = Render(layout, values, preview: false);

        Assert.Equal(2 * 4096, marks); // two pages, each up to the cap
        foreach (var (withMarks, whole) in pages)
        {
            SamePage.Assert(whole, withMarks);
        }
    }

    [Fact]
    public void Tags_with_values_in_quoted_attributes_are_taken_as_read_and_others_are_read_on_the_page()
    {
        static MarkupToken[] Read(params string?[] texts) => MarkupReading.Read(texts, 0);
        static MarkupToken First(params string?[] texts) => Read(texts)[0];

        var meta = First("<meta name=\"", null, "\" content=\"", null, "\">");
        Assert.Equal((MarkupToken.Kind.Open, true), (meta.Does, meta.Void));
        Assert.Equal(new MarkupPoint(4, 2), meta.End);

        var item = First("<li id=\"", null, "\">");
        Assert.Equal((MarkupToken.Kind.Open, new MarkupPoint(1, 0), new MarkupPoint(2, 0)), (item.Does, item.Id!.Value.From, item.Id.Value.To));

        var link = First("<a class=\"entry-page\" href=\"", null, "\">");
        Assert.Equal((MarkupToken.Kind.Open, true), (link.Does, link.LinkInPlace));
        Assert.False(First("<a href='", null, "'>").LinkInPlace); // written back double-quoted: a site-root address is left to the pass
        Assert.Equal(MarkupToken.Kind.Read, First("<a href=", null, ">").Does); // an unquoted value may hold a space
        Assert.Equal(MarkupToken.Kind.Read, First("<p ", null, ">").Does);
        var classed = First("<div class=\"", null, "\">");
        Assert.Equal((MarkupToken.Kind.Open, new MarkupPoint(1, 0)), (classed.Does, classed.Class!.Value.From)); // whether it is prose is read on the page
        Assert.Equal(MarkupToken.Kind.Read, First("<h2 id=\"x\">").Does);
        Assert.Equal(MarkupToken.Kind.Read, First("<img src=\"/i.png\" alt=\"\">").Does);
        var script = Read("<script>var x = \"<b>\";</script>");
        Assert.Equal([(MarkupToken.Kind.Read, 22), (MarkupToken.Kind.Close, 31)], script.Select(t => (t.Does, t.End.Offset))); // its text passed over, as the pass does
        Assert.Empty(Read("<", null, ">")); // a tag named by a value
        Assert.Empty(Read("</di", null, "v>"));
        Assert.True(First("<div class=\"prose\">").Prose);
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    /// <summary>The page of each layout rendered as the build renders it, rewritten through its marks and whole; and how many marks it had.</summary>
    private static (int Marks, List<(ProcessedPage Marked, ProcessedPage Whole)> Pages) Render(string layout, Values values, bool preview)
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = TemplateCatalogue.Parse(
        [
            new SourceFile("templates/layouts/t.html", layout),
            new SourceFile("templates/layouts/base.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>{{ page.x }}</title>\n<link rel=\"icon\" href=\"/assets/i.svg\">\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip</a>\n{{ partial \"partials/p.html\" }}\n<main id=\"main\">\n{{ content }}\n</main>\n</body>\n</html>\n"),
            new SourceFile("templates/partials/p.html", Partial),
        ], diagnostics, MarkupReading.Read);
        var renderer = new TemplateRenderer(catalogue);
        var rewriter = new PageRewriter("/", preview);
        var pages = new List<(ProcessedPage, ProcessedPage)>();
        var count = 0;
        // twice from one renderer: the second page reuses the first one's buffers and their marks
        for (var time = 0; time < 2; time++)
        {
            renderer.RenderPage("t", new Dictionary<string, object> { ["page"] = values }, SourceLocation.File("x.md"), diagnostics, [], (html, marks) =>
            {
                count += marks.Count;
                var origin = SourceLocation.File("content/essays/x.md");
                pages.Add((rewriter.Rewrite(new RenderedPage("essays/x/index.html", html, origin) { Template = marks }), rewriter.Rewrite(new RenderedPage("essays/x/index.html", html, origin))));
                return "";
            });
        }

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return (count, pages);
    }
}
