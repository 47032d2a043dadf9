using System.Text.Json;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>
/// axe-core, injected into every page of the real site in Chromium, finds no WCAG 2.1 A or AA violation at a
/// desktop width, at a phone width (390 px) and in the dark scheme. tests/run-tests.sh installs axe-core.
/// </summary>
public class AccessibilityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string AxeScript =>
        Environment.GetEnvironmentVariable("AXE_CORE_JS")
        ?? RepositoryRoot.Combine("tests", ".tools", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<int, string> Views() => new() { { 1280, "light" }, { 390, "light" }, { 1280, "dark" } };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_page_has_no_wcag_21_aa_violations(int width, string scheme)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is not installed at {AxeScript}; run tests/run-tests.sh, which installs it");
        await using var page = await browser.Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);
        const string basePath = "/"; // the site is built without an address, for the server root, as the 404 page expects
        await SiteOrigin.ServeAsync(page, RealSite.Result.Files, basePath);

        var violations = new List<string>();
        var pages = RealSite.Result.Files.Where(f => f.IsHtml).ToList();
        Assert.True(pages.Count >= 10, $"expected every page of the site, found {pages.Count}");
        foreach (var file in pages)
        {
            await page.GoToAsync(SiteOrigin.Url(basePath, file.Path), WaitUntilNavigation.Load);
            await page.AddScriptTagAsync(new AddTagOptions { Path = AxeScript });
            var report = await page.EvaluateFunctionAsync<JsonElement>(
                "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
                ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
            violations.AddRange(report.EnumerateArray().Select(v => $"{file.Path} ({width}px, {scheme}): {v.GetString()}"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
