using PuppeteerSharp;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>The citation previews as a reader meets them, in a real Chromium.</summary>
public class CitationPreviewBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string FirstCitation = "a.citation-link[data-ref='ref-levine2010']";

    private async Task<IPage> OpenEssay(ViewPortOptions? viewport = null, bool javaScript = true)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(javaScript);
        await page.SetViewportAsync(viewport ?? new ViewPortOptions { Width = 1200, Height = 900 });
        await page.GoToAsync(browser.FileUrl(RealSite.EssayPath), WaitUntilNavigation.Load);
        return page;
    }

    private static Task<bool> PreviewVisible(IPage page) =>
        page.EvaluateExpressionAsync<bool>("(() => { const p = document.getElementById('citation-preview'); return !!p && !p.hidden && p.offsetHeight > 0; })()");

    [Fact]
    public async Task Keyboard_focus_shows_the_full_reference_and_escape_hides_it()
    {
        await using var page = await OpenEssay();

        await page.FocusAsync(FirstCitation);

        Assert.True(await PreviewVisible(page));
        var text = await page.EvaluateExpressionAsync<string>("document.getElementById('citation-preview').textContent");
        Assert.Contains("Levine, A., & Heller, R. S. F. (2010). Attached", text);
        Assert.Equal("tooltip", await page.EvaluateExpressionAsync<string>("document.getElementById('citation-preview').getAttribute('role')"));
        Assert.Equal("citation-preview", await page.EvaluateExpressionAsync<string>($"document.querySelector(\"{FirstCitation}\").getAttribute('aria-describedby')"));

        await page.Keyboard.PressAsync("Escape");

        Assert.False(await PreviewVisible(page));
    }

    [Fact]
    public async Task The_preview_gives_the_entry_this_citations_pages_the_annotation_and_the_pages_to_read()
    {
        await using var page = await OpenEssay();

        await page.FocusAsync(FirstCitation);

        var text = await page.EvaluateExpressionAsync<string>("document.getElementById('citation-preview').innerText");
        Assert.Contains("Cited here: pp.\u00a070–85", text, StringComparison.Ordinal);
        Assert.Contains("Examines how attachment styles influence relationship behavior", text, StringComparison.Ordinal);
        Assert.Contains("Pages to read: 70–85", text, StringComparison.Ordinal);
        Assert.EndsWith("references/levine2010/index.html", await page.EvaluateExpressionAsync<string>("document.querySelector('#citation-preview .citation-preview-more a').href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_preview_stands_on_its_own_surface_with_a_visible_edge_and_inside_a_phone_screen(string scheme)
    {
        await using var page = await OpenEssay(new ViewPortOptions { Width = 390, Height = 844 });
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);

        await page.FocusAsync(FirstCitation);

        var colours = await page.EvaluateExpressionAsync<string[]>("(() => { const p = getComputedStyle(document.getElementById('citation-preview')); return [p.backgroundColor, getComputedStyle(document.body).backgroundColor, p.borderTopColor]; })()");
        Assert.NotEqual(colours[1], colours[0]);
        Assert.NotEqual(colours[0], colours[2]);
        var box = await page.EvaluateExpressionAsync<double[]>("(() => { const r = document.getElementById('citation-preview').getBoundingClientRect(); return [r.left, r.right]; })()");
        Assert.True(box[0] >= 0 && box[1] <= 390, $"the preview spans {box[0]}–{box[1]} on a 390px screen");
    }

    [Fact]
    public async Task Hover_shows_the_preview_and_moving_away_hides_it()
    {
        await using var page = await OpenEssay();

        await page.HoverAsync(FirstCitation);
        Assert.True(await PreviewVisible(page));

        await page.Mouse.MoveAsync(5, 5);
        await page.WaitForFunctionAsync("() => document.getElementById('citation-preview').hidden");
    }

    [Fact]
    public async Task First_tap_previews_and_a_second_tap_opens_the_reference_page()
    {
        await using var page = await OpenEssay(new ViewPortOptions { Width = 390, Height = 844, HasTouch = true, IsMobile = true });
        var essayUrl = page.Url;

        await page.TapAsync(FirstCitation);
        Assert.True(await PreviewVisible(page));
        Assert.Equal(essayUrl, page.Url);

        await Task.WhenAll(page.WaitForNavigationAsync(), page.TapAsync(FirstCitation));
        Assert.EndsWith("/references/levine2010/index.html", page.Url);
    }

    [Fact]
    public async Task Without_javascript_a_citation_is_a_plain_link_to_its_reference_page()
    {
        await using var page = await OpenEssay(javaScript: false);

        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(FirstCitation));

        Assert.EndsWith("/references/levine2010/index.html", page.Url);
    }
}
