namespace SiteBuilder.Output;

/// <summary>
/// The post-processing of a site page, in one streaming pass and without a DOM: site-root URLs become
/// relative (from the base path on the 404 page), links that leave the site are marked, headings of the prose
/// get a link to themselves, Markdown source positions are taken out, and the preview's reload script goes in.
/// On the way it collects the page's <see cref="PageFacts"/> for the checks.
/// </summary>
public sealed class PageRewriter(string basePath = "/", bool preview = false)
{
    /// <summary>
    /// One copy of each site-root URL and link target for all pages of a build: pages repeat them (navigation,
    /// assets, references), and the facts of a large site would otherwise hold each a thousand times.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    public ProcessedPage Rewrite(RenderedPage page) => new PageScan(page, basePath, preview, Share).Run();

    private string Share(string text) => strings.TryGetValue(text, out var shared) ? shared : strings.GetOrAdd(text, text);
}
