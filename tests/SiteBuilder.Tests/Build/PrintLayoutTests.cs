using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

public class PrintLayoutTests
{
    private static readonly string Site = Sites.Minimal + "\n-- content/pages/about.md --\n---\ntitle: About\n---\n\nAbout.\n";

    [Fact]
    public void Asking_for_a_pdf_lays_out_each_essay_for_print_and_links_the_pdf_from_its_page()
    {
        var result = TestSite.Build(Site, pdf: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var print = Assert.Single(result.PrintDocuments);
        Assert.Equal("essays/first/first.pdf", print.PdfPath);
        Assert.Equal(("A first essay", "It is short.", "en"), (print.Metadata.Title, print.Metadata.Subject, print.Metadata.Language));
        Assert.Contains("href=\"first.pdf\" download=\"first.pdf\" type=\"application/pdf\">Download PDF</a>", result.Find("essays/first/index.html")!.Text);
    }

    [Fact]
    public void Without_a_pdf_there_is_no_print_layout_and_no_link()
    {
        var result = TestSite.Build(Site);

        Assert.Empty(result.PrintDocuments);
        Assert.DoesNotContain("Download PDF", result.Find("essays/first/index.html")!.Text);
    }

    [Fact]
    public void In_print_citations_link_to_their_entries_and_site_links_become_absolute()
    {
        var html = Assert.Single(TestSite.Build(Site, pdf: true).PrintDocuments).Html;

        Assert.Contains("<a class=\"citation-link\" href=\"#ref-levine2010\" data-ref=\"ref-levine2010\"", html);
        Assert.Contains("<li id=\"ref-levine2010\">", html);
        Assert.Contains("Online at <a href=\"https://example.org/test/essays/first/\"", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/print.css\">", html);
        Assert.DoesNotContain("heading-anchor", html);
    }

    [Fact]
    public void Pdf_settings_are_read_from_site_yaml()
    {
        var site = Site.Replace("base_url: https://example.org/test/", "base_url: https://example.org/test/\npdf:\n  paper: Letter\n  margins:\n    top: 1in\n  reading_list: true");
        var print = Assert.Single(TestSite.Build(site, pdf: true).PrintDocuments);

        Assert.Equal(("Letter", "1in", "20mm", true), (print.Settings.Paper, print.Settings.MarginTop, print.Settings.MarginRight, print.Settings.ReadingListAppendix));
        Assert.Contains("Appendix: Reading list", print.Html);
    }

    [Fact]
    public void Unknown_paper_and_bad_margins_are_errors_at_their_place()
    {
        var site = Site.Replace("base_url: https://example.org/test/", "base_url: https://example.org/test/\npdf:\n  paper: A5\n  margins:\n    top: wide");

        Assert.Equal(
            ["site.yaml:5:10: error SB0103: unknown paper 'A5'; use A4 or Letter", "site.yaml:7:10: error SB0103: margin 'wide' must be a length such as 20mm, 2cm, 0.75in or 54pt"],
            TestSite.Build(site).Diagnostics.Select(d => d.ToString()));
    }
}
