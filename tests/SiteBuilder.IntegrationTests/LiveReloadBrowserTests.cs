using PuppeteerSharp;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>An open page in a real Chromium follows the author's edits by itself.</summary>
public class LiveReloadBrowserTests
{
    [Fact]
    public async Task Open_page_reloads_by_itself_after_an_edit_and_shows_the_new_text()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(new Uri(preview.Server.Address, "essays/when-kindness-turns-to-heartbreak/").AbsoluteUri, WaitUntilNavigation.Load);
        await preview.WaitForListenersAsync();

        preview.Edit(preview.EssayFile, "## In Conclusion", "## In Conclusion, Briefly");

        await page.WaitForFunctionAsync("() => document.body.textContent.includes('In Conclusion, Briefly')", new WaitForFunctionOptions { Timeout = 60_000 });
        Assert.Contains("In Conclusion, Briefly", await page.EvaluateExpressionAsync<string>("document.getElementById('in-conclusion-briefly').textContent"));
    }

    [Fact]
    public async Task Broken_edit_shows_the_overlay_in_the_page_and_the_fix_removes_it()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(preview.Server.Address.AbsoluteUri, WaitUntilNavigation.Load);
        await preview.WaitForListenersAsync();

        preview.Edit(Path.Combine(preview.Site.Path, "site.yaml"), "title: Unbalanced Love", "titel: Unbalanced Love");
        await page.WaitForSelectorAsync("#sitebuilder-errors", new WaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains("site.yaml:", await page.EvaluateExpressionAsync<string>("document.getElementById('sitebuilder-errors').textContent"));

        await preview.WaitForListenersAsync();

        preview.Edit(Path.Combine(preview.Site.Path, "site.yaml"), "titel: Unbalanced Love", "title: Unbalanced Love");
        await page.WaitForFunctionAsync("() => !document.getElementById('sitebuilder-errors')", new WaitForFunctionOptions { Timeout = 60_000 });
    }

    [Theory]
    [InlineData("in place")]
    [InlineData("temporary file, then rename")]
    [InlineData("JetBrains scratch file, then rename")]
    [InlineData("delete, then create")]
    public async Task A_stylesheet_save_swaps_the_stylesheet_without_reloading_however_the_editor_saves(string how)
    {
        await using var preview = await PreviewHarness.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(new Uri(preview.Server.Address, "essays/when-kindness-turns-to-heartbreak/").AbsoluteUri, WaitUntilNavigation.Load);
        await preview.WaitForListenersAsync();
        await page.EvaluateExpressionAsync("window.sitebuilderMark = 'not reloaded'");
        var css = Path.Combine(preview.Site.Path, "templates", "assets", "site.css");
        var text = File.ReadAllText(css) + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n";

        switch (how)
        {
            case "in place":
                File.WriteAllText(css, text);
                break;
            case "temporary file, then rename":
                File.WriteAllText(css + ".tmp", text);
                File.Move(css + ".tmp", css, overwrite: true);
                break;
            case "JetBrains scratch file, then rename":
                File.WriteAllText(css + "___jb_tmp___", text);
                File.Move(css, css + "___jb_old___");
                File.Move(css + "___jb_tmp___", css);
                File.Delete(css + "___jb_old___");
                break;
            default:
                File.Delete(css);
                await Task.Delay(50);
                File.WriteAllText(css, text);
                break;
        }

        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'", new WaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal("not reloaded", await page.EvaluateExpressionAsync<string>("window.sitebuilderMark"));
    }
}
