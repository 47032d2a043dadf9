using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Templates;

namespace SiteBuilder.Tests.Templates;

public class TemplateRendererTests
{
    private sealed record Model(string Title, HtmlString Body);

    private static string? Render(string template, object page, DiagnosticBag diagnostics, params SourceFile[] more)
    {
        var catalogue = TemplateCatalogue.Parse([new SourceFile("templates/layouts/t.html", template), .. more], diagnostics);
        return new TemplateRenderer(catalogue).Render("layouts/t.html", new Dictionary<string, object> { ["page"] = page }, SourceLocation.File("x.md"), diagnostics);
    }

    [Fact]
    public void Strings_are_escaped_and_html_strings_are_not()
    {
        var html = Render("<h1>{{ page.title }}</h1>{{ page.body }}", new Model("<script>x</script> & \"q\"", new HtmlString("<em>ok</em>")), new DiagnosticBag());

        Assert.Equal("<h1>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</h1><em>ok</em>", html);
    }

    [Fact]
    public void Pages_larger_and_smaller_than_the_buffer_so_far_come_out_whole_from_one_renderer()
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = TemplateCatalogue.Parse([new SourceFile("templates/layouts/t.html", "<p>{{ page.title }}</p>{{ page.body }}<p>end</p>"), new SourceFile("templates/layouts/base.html", "<main>{{ content }}</main>")], diagnostics);
        var renderer = new TemplateRenderer(catalogue);
        // growing past the first buffer, past the doubled one, past what a buffer keeps, and back to small
        foreach (var size in new[] { 10, 100_000, 150_000, 700_000, 5_000_000, 20, 300_000 })
        {
            var body = new string('x', size);
            var html = renderer.RenderPage("t", new Dictionary<string, object> { ["page"] = new Model("t", new HtmlString(body)) }, SourceLocation.File("x.md"), diagnostics, [], text => text.ToString());

            Assert.Equal("<main><p>t</p>" + body + "<p>end</p></main>", html);
        }
    }

    [Fact]
    public void A_partials_output_kept_in_a_variable_nested_or_outsized_stays_whole_on_every_page_of_one_renderer()
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = TemplateCatalogue.Parse(
        [
            // the first partial's output is kept, a second (and a nested third) rendered, then the first written twice
            // then more partials in a loop than the context keeps buffers for
            new SourceFile("templates/layouts/t.html", "{{ kept = partial 'partials/a.html' }}{{ partial 'partials/b.html' }}|{{ kept }}|{{ kept }}|{{ for i in 1..40 }}{{ partial 'partials/a.html' }}{{ end }}"),
            new SourceFile("templates/layouts/base.html", "{{ content }}"),
            new SourceFile("templates/partials/a.html", "<a>{{ page.title }}</a>"),
            new SourceFile("templates/partials/b.html", "<b>{{ partial 'partials/c.html' }}</b>"),
            new SourceFile("templates/partials/c.html", "<c>{{ page.body }}</c>"),
        ], diagnostics);
        var renderer = new TemplateRenderer(catalogue);
        // pages one after another from the same renderer, whose partials' buffers are reused: short, outsized, short again
        foreach (var (title, size) in new[] { ("one", 3), ("two", 600_000), ("three", 5), ("four", 0) })
        {
            var body = new string('x', size);
            var html = renderer.RenderPage("t", new Dictionary<string, object> { ["page"] = new Model(title, new HtmlString(body)) }, SourceLocation.File("x.md"), diagnostics, [], text => text.ToString());

            Assert.Equal($"<b><c>{body}</c></b>|<a>{title}</a>|<a>{title}</a>|" + string.Concat(Enumerable.Repeat($"<a>{title}</a>", 40)), html);
        }

        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Partials_render_with_the_same_models_and_are_not_escaped_twice()
    {
        var html = Render("[{{ partial 'partials/p.html' }}]", new Model("a<b", new HtmlString("")), new DiagnosticBag(), new SourceFile("templates/partials/p.html", "<b>{{ page.title }}</b>"));

        Assert.Equal("[<b>a&lt;b</b>]", html);
    }

    [Fact]
    public void A_partial_on_an_indented_line_has_each_of_its_lines_indented_its_values_too()
    {
        var html = Render("<nav>\n  {{ partial 'partials/p.html' }}\n</nav>\n<p>{{ page.title }}</p>", new Model("a\nb", new HtmlString("<i>x</i>\n<i>y</i>")), new DiagnosticBag(),
            new SourceFile("templates/partials/p.html", "<ol>\n<li>{{ page.title }}</li>\n{{ page.body }}\n</ol>"));

        // Scriban indents what the partial writes, its values included; outside it, nothing is indented
        Assert.Contains("<li>a\n  b</li>", html, StringComparison.Ordinal);
        Assert.Contains("<i>x</i>\n  <i>y</i>", html, StringComparison.Ordinal);
        Assert.EndsWith("</nav>\n<p>a\nb</p>", html, StringComparison.Ordinal);
    }

    private sealed record BufferModel(string Title, object Body);

    [Fact]
    public void Html_in_a_renderers_buffer_is_written_as_the_same_html_in_a_string_is_in_an_indented_partial_or_not()
    {
        // an essay's body reaches its page straight from the Markdown renderer's buffer (HtmlChunks)
        const string layout = "<main>\n{{ page.body }}\n  {{ partial 'partials/p.html' }}\n</main>";
        var partial = new SourceFile("templates/partials/p.html", "<div>\n{{ page.body }}\n</div>");
        const string body = "<p>one &amp; two</p>\n<p>three</p>";
        var chunks = new System.Text.StringBuilder(8).Append("<p>one &amp; ").Append("two</p>\n<p>three</p>");

        var fromString = Render(layout, new BufferModel("t", new HtmlString(body)), new DiagnosticBag(), partial);
        var fromBuffer = Render(layout, new BufferModel("t", new HtmlChunks(chunks)), new DiagnosticBag(), partial);

        Assert.Equal(fromString, fromBuffer);
        Assert.Contains("<div>\n  <p>one &amp; two</p>\n  <p>three</p>", fromBuffer, StringComparison.Ordinal);
    }

    private sealed record PiecesModel(object Whole, object First, object Second);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_long_value_is_written_as_the_same_text_in_short_pieces_is_in_and_out_of_indented_partials(bool html)
    {
        // long values skip Scriban's search for line breaks where nothing is indented; short ones do not: both must
        // give the same page, whatever comes after them (raw text, a partial on an indented line)
        var first = "<p>" + new string('a', 40) + "</p>\n<p>" + new string('b', 10);
        var second = new string('c', 40) + "</p>\n";
        object Value(string text) => html ? new HtmlString(text) : text;
        var partial = new SourceFile("templates/partials/p.html", "<div>\n{{ VALUE }}\n<span>{{ VALUE }}</span>\n</div>");
        const string layout = "<main>\n{{ VALUE }}\n  {{ partial 'partials/p.html' }}\n{{ VALUE }}  {{ partial 'partials/p.html' }}\n</main>";
        string Page(string value) => Render(layout.Replace("VALUE", value, StringComparison.Ordinal), new PiecesModel(Value(first + second), Value(first), Value(second)), new DiagnosticBag(),
            new SourceFile(partial.Path, partial.Text.Replace("VALUE", value, StringComparison.Ordinal)))!;

        Assert.Equal(Page("page.first }}{{ page.second"), Page("page.whole"));
    }

    [Fact]
    public void Unknown_variable_is_an_error_at_its_position()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(Render("line one\n  {{ author }}", new Model("t", new HtmlString("")), diagnostics));

        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("templates/layouts/t.html:2:6", DiagnosticCodes.TemplateRuntime), (diagnostic.Location.ToString(), diagnostic.Code));
    }

    [Fact]
    public void Missing_layout_suggests_a_close_name()
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = TemplateCatalogue.Parse([new SourceFile("templates/layouts/essay.html", "x")], diagnostics);
        new TemplateRenderer(catalogue).Render("layouts/esay.html", new Dictionary<string, object>(), SourceLocation.File("x.md"), diagnostics);

        Assert.Equal("x.md: error SB0403: missing template 'templates/layouts/esay.html' (did you mean 'layouts/essay.html'?)", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("{{ page.title | string.upcase }}", "A&lt;B")]
    [InlineData("{{ [1, 2, 3] | array.size }}", "3")]
    [InlineData("{{ if page.title != empty }}yes{{ end }}", "yes")]
    [InlineData("{{ 2.5 | math.round }}", "2")]
    public void Scribans_built_in_functions_are_there_for_a_template_that_uses_them(string template, string expected)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(expected, Render(template, new Model("a<b", new HtmlString("")), diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_built_in_named_only_in_a_partial_is_there_too()
    {
        var html = Render("{{ partial 'partials/p.html' }}", new Model("ab", new HtmlString("")), new DiagnosticBag(), new SourceFile("templates/partials/p.html", "{{ page.title | string.size }}"));

        Assert.Equal("2", html);
    }

    [Fact]
    public void Templates_that_name_no_built_in_are_told_apart_from_those_that_do()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(TemplateCatalogue.Parse([new SourceFile("templates/layouts/t.html", "{{ page.title }}{{ for x in page.items }}{{ x.string }}{{ end }}")], diagnostics).UsesBuiltins);
        Assert.True(TemplateCatalogue.Parse([new SourceFile("templates/layouts/t.html", "{{ page.date | date.to_string '%Y' }}")], diagnostics).UsesBuiltins);
    }

    [Fact]
    public void The_built_in_names_are_exactly_scribans()
    {
        // an upgrade of Scriban that adds a built-in must add its name here, or templates naming it would fail
        Assert.Equal(new Scriban.Functions.BuiltinFunctions().Keys.Order(StringComparer.Ordinal), TemplateCatalogue.BuiltinNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{{ partial }}", "templates/layouts/t.html:2:", "while expecting `1` arguments")]
    [InlineData("{{ partial 'partials/p.html' 'x' }}", "templates/layouts/t.html:2:", "while expecting `1` arguments")]
    [InlineData("{{ partial 42 }}", "templates/layouts/t.html:2:", "missing template 'templates/42'")]
    public void A_partial_called_wrongly_is_an_error_at_the_call(string template, string at, string message)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(Render("x\n " + template, new Model("t", new HtmlString("")), diagnostics, new SourceFile("templates/partials/p.html", "p")));

        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.StartsWith(at, diagnostic.ToString());
        Assert.EndsWith(message, diagnostic.ToString());
    }
}
