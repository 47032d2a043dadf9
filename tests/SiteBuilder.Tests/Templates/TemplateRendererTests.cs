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
    public void Partials_render_with_the_same_models_and_are_not_escaped_twice()
    {
        var html = Render("[{{ partial 'partials/p.html' }}]", new Model("a<b", new HtmlString("")), new DiagnosticBag(), new SourceFile("templates/partials/p.html", "<b>{{ page.title }}</b>"));

        Assert.Equal("[<b>a&lt;b</b>]", html);
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
}
