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

    /// <summary>
    /// Output buffers for the pass, reused from page to page: an essay's page needs one of a few hundred KB, which
    /// would otherwise be a large-object allocation (and, many pages on, a full collection) for every page.
    /// </summary>
    private readonly Diagnostics.TextBuffers buffers = new();

    /// <summary>Buffers for pages' UTF-8, kept for the whole build (made for each page, a large page's were large objects).</summary>
    private readonly EncodingBuffers encoding = new();

    /// <param name="emit">Where the page goes as soon as it is written, straight from the pass's buffer; null to
    /// keep it in the result.</param>
    public ProcessedPage Rewrite(RenderedPage page, IFileEmitter? emit = null)
    {
        // a page the fidelity check reads is written into one block, which its reading then scans in place
        var buffer = buffers.Rent(page.Text.Length + (page.Text.Length / 8) + 1024, oneBlock: page.Read);
        var work = workspaces.TryTake(out var idle) ? idle.Emptied() : new PageScan.Workspace();
        try
        {
            return new PageScan(page, basePath, preview, Share, ResolveSiteRoot, buffer, work, encoding).Run(emit);
        }
        finally
        {
            buffers.Return(buffer);
            workspaces.Add(work);
        }
    }

    /// <summary>The passes' workspaces, one taken by each pass at a time (see <see cref="PageScan.Workspace"/>).</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<PageScan.Workspace> workspaces = [];

    /// <summary>How many strings are kept for sharing: the ones pages repeat come early (navigation, assets); a site of
    /// 50,000 reference pages would otherwise keep half a million addresses used once.</summary>
    private const int MostShared = 1 << 16;

    /// <summary>About how many strings <see cref="strings"/> holds (its own count takes every lock).</summary>
    private int kept;

    private string Share(string text)
    {
        if (strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref kept) >= MostShared)
        {
            return text;
        }

        Interlocked.Increment(ref kept);
        return strings.GetOrAdd(text, text);
    }

    /// <summary>
    /// Each site-root address with its target and fragment, resolved once for all pages (it resolves alike from
    /// every page), its strings shared: pages repeat these addresses, and resolving them was a visible part of the pass.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResolvedUrl> siteRoot = new(StringComparer.Ordinal);

    private int keptSiteRoot;

    /// <summary><see cref="siteRoot"/> looked up by a part of a longer address.</summary>
    private System.Collections.Concurrent.ConcurrentDictionary<string, ResolvedUrl>.AlternateLookup<ReadOnlySpan<char>> SiteRootByPage => siteRoot.GetAlternateLookup<ReadOnlySpan<char>>();

    private ResolvedUrl ResolveSiteRoot(string url)
    {
        var hash = url.IndexOf('#');
        if (hash > 0 && !url.AsSpan(0, hash).Contains('?'))
        {
            // an address into a place of another page ("/essays/x/#cite-4", as a reference page's backlinks have
            // by the hundred) is mostly one of a kind, so it is not kept: its page is resolved and shared (looked up
            // by its part of the address, without making a string of it), the rest is its own
            var page = SiteRootByPage.TryGetValue(url.AsSpan(0, hash), out var known) ? known : ResolveSiteRoot(url[..hash]);
            return new ResolvedUrl(url, page.Target, url[(hash + 1)..]);
        }

        if (siteRoot.TryGetValue(url, out var resolvedBefore))
        {
            return resolvedBefore;
        }

        var (target, fragment) = SiteUrls.Resolve("", url);
        var resolved = new ResolvedUrl(Share(url), Share(target), fragment.Length == 0 ? "" : Share(fragment));
        if (Volatile.Read(ref keptSiteRoot) >= MostShared)
        {
            return resolved;
        }

        Interlocked.Increment(ref keptSiteRoot);
        return siteRoot.GetOrAdd(url, resolved);
    }
}
