using AngleSharp.Html.Parser;
using SiteBuilder.Checks;
using SiteBuilder.Diagnostics;
using SiteBuilder.Import;
using SiteBuilder.Output;
using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests;

public class RealSiteTests
{
    [Fact]
    public void Repository_site_builds_without_errors_or_warnings()
    {
        Assert.Empty(RealSite.Result.Diagnostics.Select(d => d.ToString()));
        Assert.True(RealSite.Result.Succeeded);
    }

    [Fact]
    public void Every_sentence_of_the_seed_reaches_the_built_essay()
    {
        var seed = PlainTextEssayParser.Parse(RealSite.SeedPath, File.ReadAllText(RepositoryRoot.Combine(RealSite.SeedPath)), new DiagnosticBag())!;
        var page = new HtmlParser().ParseDocument(RealSite.Page(RealSite.EssayPath));
        var sentences = seed.Sentences().ToList();

        Assert.True(sentences.Count > 60, $"the seed should split into many sentences, not {sentences.Count}");
        Assert.Empty(FidelityCheck.MissingSentences(sentences, page));
    }

    [Fact]
    public void The_one_pass_reading_of_every_real_page_is_the_doms()
    {
        foreach (var file in RealSite.Result.Files.Where(f => f.IsHtml))
        {
            var scanned = ReaderTextScanner.Of(file.Text);
            Assert.True(scanned is not null, $"{file.Path} fell back to the DOM");
            Assert.Equal(FidelityCheck.Normalize(FidelityCheck.ReaderText(new HtmlParser().ParseDocument(file.Text))), scanned.ToString());
        }
    }

    [Fact]
    public void Fidelity_comparison_notices_a_changed_word()
    {
        var page = new HtmlParser().ParseDocument(RealSite.Page(RealSite.EssayPath));

        Assert.Equal(
            ["The Tipping Point was quiet."],
            FidelityCheck.MissingSentences(["The Tipping Point was quiet.", "The Tipping Point"], page));
    }

    [Fact]
    public void Every_reference_is_cited_in_the_essay_and_has_its_own_page()
    {
        var essay = RealSite.Page(RealSite.EssayPath);
        foreach (var id in new[] { "levine2010", "johnson2008", "schnarch1997", "lerner1995", "bartholomew1991" })
        {
            Assert.Contains($"data-ref=\"ref-{id}\"", essay);
            Assert.Contains($"id=\"ref-{id}\"", essay);
            var page = RealSite.Page($"references/{id}/index.html");
            Assert.Contains("<ul class=\"cited-in\">", page);
            Assert.Contains("href=\"../../essays/when-kindness-turns-to-heartbreak/index.html#", page);
        }
    }

    [Fact]
    public void Essay_has_its_reading_time_contents_and_a_citation_of_itself()
    {
        var essay = RealSite.Page(RealSite.EssayPath);

        Assert.Contains("min read (", essay);
        Assert.Contains("<a href=\"#the-tipping-point\">The Tipping Point</a>", essay);
        Assert.Contains("<h2 id=\"cite-this\">Cite this essay</h2>", essay);
        Assert.Contains("@misc{when-kindness-turns-to-heartbreak,", essay);
    }

    [Fact]
    public void Reading_list_downloads_hold_every_reference_in_reading_order()
    {
        var bib = RealSite.Result.Find("reading-list/reading-list.bib")!.Text;
        var order = new[] { "levine2010", "bartholomew1991", "johnson2008", "lerner1995", "schnarch1997" }
            .Select(id => bib.IndexOf("{" + id + ",", StringComparison.Ordinal)).ToList();

        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
        Assert.Equal(5, RealSite.Result.Find("reading-list/reading-list.ris")!.Text.Split("ER  - ").Length - 1);
    }
}
