using PuppeteerSharp;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>The essay page's layout as a reader sees it, in a real Chromium: prose on the first screen, the measure, the contents.</summary>
public class LayoutBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> Open(int width, int height, bool javaScript = true)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(javaScript);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await page.GoToAsync(browser.FileUrl(RealSite.EssayPath), WaitUntilNavigation.Load);
        return page;
    }

    [Theory]
    [InlineData(1280, 800, 400)]
    [InlineData(390, 844, 600)]
    public async Task The_first_paragraph_of_prose_starts_in_the_top_of_the_first_screen(int width, int height, int limit)
    {
        await using var page = await Open(width, height);

        var top = await page.EvaluateExpressionAsync<double>("document.querySelector('.prose p').getBoundingClientRect().top");

        Assert.True(top < limit, $"the prose starts at {top}px on a {width}×{height} screen");
    }

    [Fact]
    public async Task A_line_of_prose_holds_60_to_75_characters()
    {
        await using var page = await Open(1280, 800);

        // the characters of each rendered line of the essay's paragraphs, from the boxes the browser laid out
        var lines = await page.EvaluateExpressionAsync<int[]>("""
            (() => {
              const counts = [];
              for (const p of document.querySelectorAll('.prose > p')) {
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                const tops = new Map();
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (let i = 0; i < node.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i); range.setEnd(node, i + 1);
                    const rect = range.getClientRects()[0];
                    if (!rect) continue;
                    const top = Math.round(rect.top);
                    tops.set(top, (tops.get(top) || 0) + 1);
                  }
                }
                const values = [...tops.values()];
                counts.push(...values.slice(0, -1)); // a paragraph's last line is short by nature
              }
              return counts;
            })()
            """);
        var sorted = lines.Order().ToList();
        var median = sorted[sorted.Count / 2];

        Assert.InRange(median, 60, 75);
    }

    [Fact]
    public async Task On_a_wide_screen_the_contents_stand_in_the_margin_and_mark_the_section_being_read()
    {
        await using var page = await Open(1280, 800);

        var box = await page.EvaluateExpressionAsync<double[]>("(() => { const r = document.querySelector('.toc ol').getBoundingClientRect(); const p = document.querySelector('.prose').getBoundingClientRect(); return [r.right, p.left, r.height]; })()");
        Assert.True(box[0] <= box[1], "the contents overlap the prose");
        Assert.True(box[2] > 100, "the contents are collapsed");

        await page.EvaluateExpressionAsync("document.getElementById('in-conclusion').scrollIntoView()");
        await page.WaitForFunctionAsync("() => document.querySelector('.toc a[aria-current=location]')?.getAttribute('href') === '#in-conclusion'");
        var stillInView = await page.EvaluateExpressionAsync<bool>("(() => { const r = document.querySelector('.toc ol').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()");
        Assert.True(stillInView, "the contents scrolled away with the page");
    }

    [Fact]
    public async Task On_a_narrow_screen_the_contents_are_one_line_that_opens()
    {
        await using var page = await Open(390, 844, javaScript: false);

        Assert.False(await page.EvaluateExpressionAsync<bool>("document.querySelector('.toc details').open"));
        var height = await page.EvaluateExpressionAsync<double>("document.querySelector('.toc').getBoundingClientRect().height");
        Assert.True(height < 60, $"the closed contents take {height}px");

        await page.ClickAsync(".toc summary");
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('.toc details').open"));
    }
}
