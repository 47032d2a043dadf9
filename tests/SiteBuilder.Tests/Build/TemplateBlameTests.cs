using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

/// <summary>A finding caused by a template's markup names the templates, not only the content page it appeared on.</summary>
public class TemplateBlameTests
{
    private static string Overlay(string path, string text) => string.Join("\n", Sites.Minimal, $"-- {path} --\n{text}");

    [Fact]
    public void A_broken_link_in_a_layout_names_the_templates_that_wrote_the_page()
    {
        var result = TestSite.Build(Overlay("templates/layouts/home.html", "<article><h1>{{ page.title }}</h1><a href=\"/nowhere/\">x</a></article>"));

        var error = result.Diagnostics.First(d => d.Code == "SB0501");
        Assert.Equal("content/pages/index.md", error.Location.Path);
        Assert.Contains("(in markup from templates/layouts/home.html, templates/layouts/base.html, templates/partials/", error.Message);
    }

    [Fact]
    public void A_broken_link_written_in_markdown_is_reported_at_its_line_without_blaming_templates()
    {
        var result = TestSite.Build(Sites.Minimal.Replace("Welcome.", "Welcome to [nowhere](/nowhere/).", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SB0501");
        Assert.Equal("content/pages/index.md:5:12", error.Location.ToString());
        Assert.DoesNotContain("templates/", error.Message);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_says_where_the_partial_was_included_from()
    {
        var result = TestSite.Build(Overlay("templates/layouts/reading-list.html", "<article><h1>{{ page.title }}</h1>\n  {{ partial \"partials/downloads.html\" }}</article>"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("templates/partials/downloads.html:2:19: error SB0402: The variable or function `downloads` was not found (included from templates/layouts/reading-list.html:2:6)", error.ToString());
    }

    [Fact]
    public void A_sentence_that_a_template_drops_is_blamed_on_the_templates()
    {
        var site = string.Join(
            "\n",
            Sites.Config,
            Sites.References,
            Sites.Pages,
            "-- seeds/first.txt --\nA first essay\n\nOpening words stay here.\n",
            "-- content/essays/first.md --\n---\ntitle: A first essay\nsource: seeds/first.txt\nnocite: ['*']\n---\n\nOpening words stay here.\n",
            "-- templates/layouts/essay.html --\n<article><h1>{{ page.title }}</h1></article>");

        var result = TestSite.Build(site);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SB0505");
        Assert.Contains("the essay's Markdown has it, so a template drops it (in markup from templates/layouts/essay.html", error.Message);
    }
}
