using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Templates;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Templates;

/// <summary>
/// Compiled templates write what Scriban's interpreter writes, byte for byte, and report what it reports: every case
/// is rendered both ways and compared.
/// </summary>
public class TemplatePlanTests
{
    public sealed record Item(string Name, int Rank, IReadOnlyList<string> Tags);

    public sealed record Model(
        string Title,
        int Count,
        double Number,
        bool Flag,
        string? Missing,
        string Empty,
        IReadOnlyList<Item> Items,
        IReadOnlyList<Item> None,
        IEnumerable<int> Lazy,
        int[] Numbers,
        HtmlString Body);

    private static readonly Model Page = new(
        "A <title> & \"quotes\"", 3, 1.5, true, null, "",
        [new Item("one", 1, ["x", "y"]), new Item("two", 2, []), new Item("two", 2, ["z"]), new Item("<four>", 4, ["w"])],
        [], Enumerable.Range(1, 3).Select(i => i * 10), [5, 6, 7], new HtmlString("<em>kept</em>\n<b>as is</b>"));

    private const string Partial = "<ol>\n<li>{{ page.title }}</li>\n{{ page.body }}\n</ol>\n";

    /// <summary>The template rendered by Scriban alone and by its plan (strictly: a plan that would leave it throws); both outputs and diagnostics must agree.</summary>
    private static string? Both(string template, bool compiled = true, Model? page = null, string partial = Partial)
    {
        var (scriban, scribanDiagnostics) = Render(template, TemplateEvaluation.Scriban, page ?? Page, partial);
        var (planned, plannedDiagnostics) = Render(template, compiled ? TemplateEvaluation.PlansWithoutFallback : TemplateEvaluation.Plans, page ?? Page, partial);
        Assert.Equal(scriban, planned);
        Assert.Equal(scribanDiagnostics, plannedDiagnostics);
        var catalogue = Catalogue(template, partial, new DiagnosticBag());
        Assert.Equal(compiled, catalogue.PlanOf(catalogue.Find("layouts/t.html")!) is not null);
        return planned;
    }

    private static TemplateCatalogue Catalogue(string template, string partial, DiagnosticBag diagnostics) =>
        TemplateCatalogue.Parse([new SourceFile("templates/layouts/t.html", template), new SourceFile("templates/partials/p.html", partial)], diagnostics);

    private static (string? Html, string[] Diagnostics) Render(string template, TemplateEvaluation evaluation, Model page, string partial)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(Catalogue(template, partial, diagnostics), evaluation);
        var globals = new Dictionary<string, object> { ["page"] = page, ["site"] = new Dictionary<string, object> { ["title"] = "Site" } };
        // twice from one renderer: the second page reuses the first one's context
        var first = renderer.Render("layouts/t.html", globals, SourceLocation.File("x.md"), diagnostics);
        var second = renderer.Render("layouts/t.html", globals, SourceLocation.File("x.md"), diagnostics);
        Assert.Equal(first, second);
        return (first, diagnostics.ToSortedList().Select(d => d.ToString()).ToArray());
    }

    [Theory]
    [InlineData("<h1>{{ page.title }}</h1>{{ page.body }} {{ page.count }} {{ page.number }} {{ page.flag }} [{{ page.missing }}] [{{ page.empty }}] {{ site.title }}")]
    [InlineData("{{ if page.flag }}yes{{ else }}no{{ end }} {{ if page.missing }}a{{ else if page.empty }}b{{ else if page.none }}c{{ else }}d{{ end }}")]
    [InlineData("{{ if page.count > 2 }}>{{ end }}{{ if page.count == 3 }}={{ end }}{{ if page.count != 3 }}!{{ end }}{{ if page.count <= 3 }}<={{ end }}{{ if page.count >= 4 }}>={{ end }}{{ if page.count < 3.5 }}<{{ end }}")]
    [InlineData("{{ if page.title == \"x\" }}1{{ end }}{{ if page.missing == null }}2{{ end }}{{ if page.empty == \"\" }}3{{ end }}{{ if page.number > 1 }}4{{ end }}{{ if page.items.size > 3 }}5{{ end }}")]
    [InlineData("{{ if page.missing && page.missing.size > 0 }}never{{ end }}{{ if page.flag || page.missing.size }}short{{ end }}{{ if !page.flag }}not{{ end }}{{ if !(page.count > 5) }}paren{{ end }}")]
    [InlineData("{{ for item in page.items }}{{ for.index }}:{{ item.name }}{{ if for.first }}(first){{ end }}{{ if for.last }}(last){{ end }}{{ if for.even }}e{{ else }}o{{ end }}{{ if for.changed }}*{{ end }}{{ for.length }}/{{ for.rindex }} {{ end }}")]
    [InlineData("{{ for item in page.items }}[{{ for tag in item.tags }}{{ item.name }}.{{ tag }}{{ if !for.last }},{{ end }}{{ end }}]{{ if for.odd }}{{ for.index }}{{ end }}{{ end }}")]
    [InlineData("{{ for page in page.items }}{{ page.name }} {{ end }}{{ page.title }}")]
    [InlineData("{{ for item in page.none }}never{{ end }}{{ for item in page.missing }}never{{ end }}{{ for n in page.numbers }}{{ n }}{{ if for.last }}.{{ end }}{{ end }}{{ for n in page.lazy }}{{ n }}{{ if for.last }}!{{ end }}{{ end }}")]
    [InlineData("<ul>\n  {{~ for item in page.items ~}}\n  <li>{{ item.name }}</li>\n  {{~ end ~}}\n</ul>\n{{- page.title -}}\n  x  ")]
    [InlineData("<nav>\n  {{ partial 'partials/p.html' }}\n</nav>\n<p>{{ page.title }}</p>\n\t{{ partial \"partials/p.html\" }}")]
    [InlineData("{{ page.items[0].name }} {{ page.items[-1].name }}  {{ for item in page.items }}{{ if item.tags.size > 0 }}{{ item.tags[0] }}{{ end }}{{ end }} {{ page.numbers[1] }}")]
    [InlineData("{{ title = page.title; x = page.items.size }}{{ title }} {{ x }} {{ partial 'partials/p.html' }}")]
    public void A_plan_writes_what_Scriban_writes(string template)
    {
        Assert.NotNull(Both(template));
    }

    [Fact]
    public void An_indented_partial_that_itself_indents_a_partial_is_written_alike()
    {
        var html = Both("<body>\n    {{ partial 'partials/p.html' }}\n</body>\n", partial: "<div>\n  {{ if page.flag }}\n  <p>{{ page.body }}</p>\n  {{ end }}\n</div>\n");

        Assert.Contains("    <div>\n", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ page.nothing }}")] // a member the model has not
    [InlineData("x\n  {{ page.missing.size }}")] // a member of nothing
    [InlineData("{{ author }}")] // a name nobody gave
    [InlineData("{{ for n in page.count }}{{ n }}{{ end }}")] // a loop over a number
    [InlineData("{{ for item in page.lazy }}{{ for.length }}{{ end }}")] // a length the sequence does not know: Scriban's own answer
    [InlineData("{{ partial 'partials/nope.html' }}")] // a partial that is not there
    [InlineData("{{ partial page.count }}")] // a partial named by a number
    [InlineData("{{ if page.title > 3 }}x{{ end }}")] // a comparison Scriban refuses
    [InlineData("{{ page.items['one'] }}")] // a list by a name
    [InlineData("{{ page.numbers[-9] }}{{ page.numbers[page.title] }}")] // before a list's start, by a text
    [InlineData("{{ for c in page.title }}{{ c }}.{{ end }}")] // a loop over a text's characters
    [InlineData("[{{ page.items[9] }}]")] // past a list's end
    [InlineData("[{{ page.none[0] }}]")] // in an empty list
    public void What_a_plan_cannot_do_Scriban_does_or_reports_the_same(string template)
    {
        var (scriban, scribanDiagnostics) = Render(template, TemplateEvaluation.Scriban, Page, Partial);
        var (planned, plannedDiagnostics) = Render(template, TemplateEvaluation.Plans, Page, Partial);

        Assert.Equal(scriban, planned);
        Assert.Equal(scribanDiagnostics, plannedDiagnostics);
    }

    [Theory]
    [InlineData("{{ for item in page.items }}{{ x = item.name }}{{ end }}{{ x }}")] // an assignment in a loop
    [InlineData("{{ x = 1; x += 2 }}{{ x }}")] // an assignment that computes
    [InlineData("{{ page.title | string.upcase }}")] // a pipe into a built-in
    [InlineData("{{ string.size page.title }}")] // another function
    [InlineData("{{ for item in page.items limit:2 }}{{ item.name }}{{ end }}")] // a loop's options
    [InlineData("{{ for item in page.none }}x{{ else }}none{{ end }}")] // a loop's else
    [InlineData("{{ for item in page.items }}{{ partial 'partials/p.html' }}{{ end }}")] // a partial in a loop sees the loop's variables
    [InlineData("{{ page?.title }}")] // a member of what may be nothing
    [InlineData("{{ page.count + 1 }}")] // arithmetic
    [InlineData("{{ while false }}{{ end }}")]
    public void A_template_with_what_plans_do_not_do_is_left_whole_to_Scriban(string template)
    {
        Both(template, compiled: false);
    }

    [Fact]
    public void The_sites_own_models_read_by_a_plan_give_what_Scriban_gives_first_time_and_after()
    {
        // records of SiteBuilder itself, which a plan reads through their property getters once it has seen Scriban's
        // accessor give the same value; each page is rendered twice from one renderer, so the second reads them that way
        // (what this compares is the output: which way a member was read does not show in it)
        var globals = new Dictionary<string, object>
        {
            ["page"] = new
            {
                Toc = new[] { new TocEntryModel(2, "A <b>", "a"), new TocEntryModel(3, "B", "b") },
                Nav = new List<NavLinkModel> { new("Home", "/", true), new("Essay", "/essays/x/", false) },
                Download = new DownloadModel("BibTeX", "/x.bib", "x.bib", "application/x-bibtex"),
                Html = new HtmlString("<i>kept</i>"),
            },
        };
        const string template = "{{ for e in page.toc }}{{ e.level }} {{ e.text }} #{{ e.anchor }};{{ end }}{{ for n in page.nav }}{{ n.title }}{{ if n.is_current }}*{{ end }}{{ n.url }};{{ end }}{{ page.download.label }} {{ page.download.file_name }} {{ page.download.media_type }} {{ page.html.html }}";
        string? Render(TemplateEvaluation evaluation)
        {
            var diagnostics = new DiagnosticBag();
            var renderer = new TemplateRenderer(Catalogue(template, Partial, diagnostics), evaluation);
            var first = renderer.Render("layouts/t.html", globals, SourceLocation.File("x.md"), diagnostics);
            Assert.Equal(first, renderer.Render("layouts/t.html", globals, SourceLocation.File("x.md"), diagnostics));
            Assert.False(diagnostics.HasErrors);
            return first;
        }

        Assert.Equal(Render(TemplateEvaluation.Scriban), Render(TemplateEvaluation.PlansWithoutFallback));
        Assert.Equal("2 A &lt;b&gt; #a;3 B #b;Home*/;Essay/essays/x/;BibTeX x.bib application/x-bibtex &lt;i&gt;kept&lt;/i&gt;", Render(TemplateEvaluation.Plans));
    }

    [Fact]
    public void Every_template_of_this_repository_has_a_plan()
    {
        var diagnostics = new DiagnosticBag();
        var catalogue = TemplateCatalogue.Parse(SiteSourceLoader.Load(RepositoryRoot.Path).Templates, diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.All(catalogue.Names, name => Assert.True(catalogue.PlanOf(catalogue.Find(name)!) is not null, name + " has no plan"));
    }

    [Fact]
    public void A_site_built_with_plans_is_byte_identical_to_one_built_by_Scriban_alone()
    {
        var sources = TestSite.Parse(Sites.Minimal);
        var scriban = SiteBuild.Run(sources, new BuildOptions { Templates = TemplateEvaluation.Scriban });
        var planned = SiteBuild.Run(sources, new BuildOptions { Templates = TemplateEvaluation.PlansWithoutFallback });

        Assert.True(planned.Succeeded, string.Join("\n", planned.Diagnostics));
        Assert.Equal(scriban.Files.Select(f => f.Path), planned.Files.Select(f => f.Path));
        Assert.All(scriban.Files.Zip(planned.Files), pair => Assert.True(pair.First.SameBytes(pair.Second), pair.First.Path));
    }
}
