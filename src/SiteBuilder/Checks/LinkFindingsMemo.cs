using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// The preview's memory of the link check: each page's findings with the facts they came from, and what every
/// path of the last build was (a page with its ids, or a plain file). A page is checked again only when its own
/// facts are new or a path it links to appeared, disappeared or changed its ids; so an edit checks the pages it
/// touched and the pages that link to them, not every link of the site.
/// </summary>
public sealed class LinkFindingsMemo : Memo
{
    private static readonly object PlainFile = new();

    private Dictionary<string, object> targets = new(StringComparer.Ordinal);
    private Dictionary<string, (PageFacts Page, IReadOnlyList<Diagnostic> Findings)> findings = new(StringComparer.Ordinal);

    /// <summary>How many pages the last build checked again.</summary>
    public int Checked { get; private set; }

    /// <summary>Each page's findings, in the order of <see cref="BuiltSite.Pages"/>: reused, or made by <paramref name="check"/>.</summary>
    internal IReadOnlyList<IReadOnlyList<Diagnostic>> Run(BuiltSite site, Func<PageFacts, IReadOnlyList<Diagnostic>> check)
    {
        var now = new Dictionary<string, object>(site.Paths.Count + site.Pages.Count, StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            now.TryAdd(page.Path, page);
        }

        foreach (var path in site.Paths)
        {
            now.TryAdd(path, PlainFile);
        }

        var changed = Changed(targets, now);
        var result = new IReadOnlyList<Diagnostic>[site.Pages.Count];
        var stale = new List<int>();
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            if (findings.TryGetValue(page.Path, out var hit) && ReferenceEquals(hit.Page, page) && !LeadsToChange(page, changed))
            {
                result[i] = hit.Findings;
            }
            else
            {
                stale.Add(i);
            }
        }

        if (stale.Count > 64)
        {
            Parallel.ForEach(stale, i => result[i] = check(site.Pages[i]));
        }
        else
        {
            stale.ForEach(i => result[i] = check(site.Pages[i])); // an edit's few pages: not worth waking the other cores
        }
        var next = new Dictionary<string, (PageFacts, IReadOnlyList<Diagnostic>)>(site.Pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Pages.Count; i++)
        {
            next[site.Pages[i].Path] = (site.Pages[i], result[i]);
        }

        (targets, findings, Checked) = (now, next, stale.Count);
        return result;
    }

    /// <summary>
    /// What changed since the last build, for links: the paths that appeared, disappeared or turned from a page
    /// into a file or back (every link to them), and the pages whose ids changed (only links with a #fragment).
    /// </summary>
    private static (HashSet<string> Existence, HashSet<string> Ids) Changed(Dictionary<string, object> before, Dictionary<string, object> now)
    {
        var (existence, ids) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var (path, what) in now)
        {
            if (!before.TryGetValue(path, out var was) || was is PageFacts != what is PageFacts)
            {
                existence.Add(path);
            }
            else if (!ReferenceEquals(was, what) && was is PageFacts earlier && !earlier.SameIds((PageFacts)what))
            {
                ids.Add(path);
            }
        }

        existence.UnionWith(before.Keys.Where(path => !now.ContainsKey(path)));
        return (existence, ids);
    }

    private static bool LeadsToChange(PageFacts page, (HashSet<string> Existence, HashSet<string> Ids) changed) =>
        Any(page.Targets, changed.Existence) || Any(page.AnchorTargets, changed.Ids);

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
        targets = new(StringComparer.Ordinal);
        findings = new(StringComparer.Ordinal);
    }

    /// <summary>Nothing to drop: each build replaces both maps with its own.</summary>
    public override void Prune()
    {
    }
}
