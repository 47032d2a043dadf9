using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// The built site as checks see it: every file's path, the facts collected from each page as it was written,
/// the seeds essays came from, and the bibliography. Lookups are by dictionary, so no check scans the site
/// for each link.
/// </summary>
public sealed record BuiltSite(IReadOnlySet<string> Paths, IReadOnlyList<PageFacts> Pages, IReadOnlyList<FidelitySource> FidelitySources, ReferenceLibrary Library)
{
    // Built once, on first use, whichever check asks first (checks run side by side).
    private readonly Lazy<Dictionary<string, PageFacts>> byPath = new(() => ByPath(Pages));

    private IReadOnlySet<string>? brokenNavTargets;

    /// <summary>The path the site is served under ("/project/"), which links from the root start with.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The navigation of site.yaml, which every page repeats.</summary>
    public IReadOnlyList<Configuration.NavItem> Nav { get; init; } = [];

    /// <summary>The preview's memo of each page's link findings, reused while the page and its targets are unchanged.</summary>
    internal LinkFindingsMemo? LinkFindings { get; init; }

    /// <summary>What the fidelity check reads of the pages it checks (essays with a seed), taken as they were written.</summary>
    public IReadOnlyDictionary<string, PageReading> FidelityPages { get; init; } = new Dictionary<string, PageReading>();

    /// <summary>The site paths that nav entries point to but the site does not have: reported once, at site.yaml.</summary>
    public IReadOnlySet<string> BrokenNavTargets => LazyInitializer.EnsureInitialized(ref brokenNavTargets, () => Nav
        .Select(n => SiteUrls.Resolve("index.html", n.Url).Path)
        .Where(p => p.Length > 0 && !Paths.Contains(p))
        .ToHashSet(StringComparer.Ordinal));

    public PageFacts? FindPage(string path) => byPath.Value.GetValueOrDefault(path);

    /// <summary>Each page by its path; where two pages share one (an error reported elsewhere), the first.</summary>
    private static Dictionary<string, PageFacts> ByPath(IReadOnlyList<PageFacts> pages)
    {
        var byPath = new Dictionary<string, PageFacts>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byPath.TryAdd(page.Path, page);
        }

        return byPath;
    }

    /// <summary>Whether the page at <paramref name="path"/> has an element with this id.</summary>
    public bool HasId(string path, string id) => FindPage(path)?.HasId(id) == true;
}
