using PuppeteerSharp;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>Where links land on the essay page, in a real Chromium: marked, below the top edge, and back again.</summary>
public class AnchorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> Open(string fragment, string scheme = "light")
    {
        var page = await browser.Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 800 });
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);
        await page.GoToAsync(browser.FileUrl(RealSite.EssayPath) + fragment, WaitUntilNavigation.Load);
        return page;
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_citation_that_a_link_lands_on_is_marked_and_clear_of_the_top_edge(string scheme)
    {
        await using var page = await Open("#cite-1", scheme);

        var marked = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.getElementById('cite-1')).outlineStyle");
        var background = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.getElementById('cite-1')).backgroundColor");
        var top = await page.EvaluateExpressionAsync<double>("document.getElementById('cite-1').getBoundingClientRect().top");

        Assert.Equal("solid", marked);
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.True(top >= 40, $"the target sits {top}px from the top edge");
    }

    [Fact]
    public async Task Every_reference_leads_back_to_each_citation_of_it()
    {
        await using var page = await Open("#references");

        var backlinks = await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('.bibliography li#ref-lerner1995 .backlinks a')].map(a => a.getAttribute('href'))");
        Assert.True(backlinks.Length >= 1, "the entry has no way back");
        foreach (var href in backlinks)
        {
            var cites = await page.EvaluateExpressionAsync<string>($"document.querySelector('{href}').dataset.cites");
            Assert.Contains("lerner1995", cites, StringComparison.Ordinal);
        }

        await page.ClickAsync(".bibliography li#ref-lerner1995 .backlinks a");
        await page.WaitForFunctionAsync($"() => location.hash === '{backlinks[0]}'");
        var inView = await page.EvaluateExpressionAsync<bool>($"(() => {{ const r = document.querySelector('{backlinks[0]}').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }})()");
        Assert.True(inView, "the citation is not in view after following the back-link");
    }
}
