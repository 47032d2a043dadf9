using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// The preview's memory of the link check: each page's findings, link by link, with the facts they came from, and
/// every path of the last build. A page is checked again only when its own facts are new or a path it links to
/// appeared, disappeared or changed its ids; and when only ids changed, only its links into those pages are. So an
/// edit checks the pages it touched and the links that lead into them, not every link of the site.
/// </summary>
public sealed class LinkFindingsMemo : Memo
{
    private IReadOnlySet<string> paths = new HashSet<string>(StringComparer.Ordinal);
    private Dictionary<string, PageFindings> pages = new(StringComparer.Ordinal);

    /// <summary>How many pages the last build checked again, wholly or in part.</summary>
    public int Checked { get; private set; }

    /// <summary>Each page's findings, in the order of <see cref="BuiltSite.Pages"/>: reused, or made by <paramref name="check"/>.</summary>
    /// <param name="check">One link's finding, or null.</param>
    internal IReadOnlyList<IReadOnlyList<Diagnostic>> Run(BuiltSite site, Func<PageFacts, LinkFact, Diagnostic?> check)
    {
        var (existence, ids, known) = Changed(site);
        var pathsChanged = existence.Count > 0;
        var result = new PageFindings[site.Pages.Count];
        var stale = new List<(int Index, PageFindings? Before)>();
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            if (!known.TryGetValue(page.Path, out var before) || !ReferenceEquals(before.Page, page) || Any(page.Targets, existence))
            {
                stale.Add((i, null));
            }
            else if (Any(page.AnchorTargets, ids))
            {
                stale.Add((i, before));
            }
            else
            {
                result[i] = before;
            }
        }

        PageFindings Recheck((int Index, PageFindings? Before) at) =>
            at.Before is { } before ? before.Again(ids, check) : PageFindings.Of(site.Pages[at.Index], check);
        if (stale.Count > 64)
        {
            Parallel.ForEach(stale, at => result[at.Index] = Recheck(at));
        }
        else
        {
            stale.ForEach(at => result[at.Index] = Recheck(at)); // an edit's few pages: not worth waking the other cores
        }

        if (known.Count != site.Pages.Count || pathsChanged)
        {
            // pages came or went (or two share a path, an error reported elsewhere): the map made anew, the first of a path kept
            var next = new Dictionary<string, PageFindings>(site.Pages.Count, StringComparer.Ordinal);
            foreach (var page in result)
            {
                next.TryAdd(page.Page.Path, page);
            }

            pages = next;
        }
        else
        {
            stale.ForEach(at => pages[result[at.Index].Page.Path] = result[at.Index]); // an edit's few pages, in place
        }

        (paths, Checked) = (site.Paths, stale.Count);
        return Array.ConvertAll(result, page => page.Diagnostics);
    }

    /// <summary>
    /// What changed since the last build, for links: the paths that appeared, disappeared or turned from a page
    /// into a file or back (every link to them), and the pages whose ids changed (only links with a #fragment). Told
    /// from the pages and paths as they are, one lookup each, without a map of either made anew.
    /// </summary>
    private (HashSet<string> Existence, HashSet<string> Ids, Dictionary<string, PageFindings> Known) Changed(BuiltSite site)
    {
        var (existence, ids) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        var kept = 0;
        foreach (var page in site.Pages)
        {
            if (!pages.TryGetValue(page.Path, out var before))
            {
                existence.Add(page.Path); // a new page, or one that was a plain file
            }
            else
            {
                kept++;
                if (!ReferenceEquals(before.Page, page) && !before.Page.SameIds(page))
                {
                    ids.Add(page.Path);
                }
            }
        }

        if (kept != pages.Count)
        {
            // some pages are gone, or are plain files now
            var now = site.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
            existence.UnionWith(pages.Keys.Where(path => !now.Contains(path)));
        }

        if (site.Paths.Count != paths.Count || !site.Paths.All(paths.Contains))
        {
            existence.UnionWith(site.Paths.Where(path => !paths.Contains(path)));
            existence.UnionWith(paths.Where(path => !site.Paths.Contains(path)));
        }

        return (existence, ids, pages);
    }

    private static bool Any(IReadOnlyList<string> paths, HashSet<string> changed)
    {
        if (changed.Count == 0)
        {
            return false;
        }

        foreach (var path in paths)
        {
            if (changed.Contains(path))
            {
                return true;
            }
        }

        return false;
    }

    public override void Clear()
    {
        paths = new HashSet<string>(StringComparer.Ordinal);
        pages = new(StringComparer.Ordinal);
    }

    /// <summary>Nothing to drop: each build keeps only its own pages.</summary>
    public override void Prune()
    {
    }

    /// <summary>A page's findings, each with the index of the link it is about, in link order.</summary>
    private sealed class PageFindings(PageFacts page, (int Link, Diagnostic Finding)[] findings)
    {
        public PageFacts Page { get; } = page;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = findings.Length == 0 ? [] : Array.ConvertAll(findings, f => f.Finding);

        /// <summary>The same page checked again where its links lead into pages whose ids changed; the rest kept.</summary>
        public PageFindings Again(HashSet<string> changedIds, Func<PageFacts, LinkFact, Diagnostic?> check)
        {
            var found = new List<(int, Diagnostic)>();
            var kept = 0;
            var links = Page.Links;
            for (var i = 0; i < links.Count; i++)
            {
                var into = links[i].Fragment.Length > 0 && changedIds.Contains(links[i].Target);
                while (kept < findings.Length && findings[kept].Link < i)
                {
                    kept++;
                }

                if (into)
                {
                    if (check(Page, links[i]) is { } finding)
                    {
                        found.Add((i, finding));
                    }
                }
                else if (kept < findings.Length && findings[kept].Link == i)
                {
                    found.Add(findings[kept]);
                }
            }

            return new PageFindings(Page, [.. found]);
        }

        /// <summary>The page checked link by link.</summary>
        public static PageFindings Of(PageFacts page, Func<PageFacts, LinkFact, Diagnostic?> check)
        {
            List<(int, Diagnostic)>? found = null;
            for (var i = 0; i < page.Links.Count; i++)
            {
                if (check(page, page.Links[i]) is { } finding)
                {
                    (found ??= []).Add((i, finding));
                }
            }

            return new PageFindings(page, found is null ? [] : [.. found]);
        }
    }
}
