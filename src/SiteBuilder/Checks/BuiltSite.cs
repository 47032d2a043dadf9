using SiteBuilder.Citations;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>The built site as checks see it: every file's path, the parsed HTML pages, the seeds essays came from, and the bibliography.</summary>
public sealed record BuiltSite(IReadOnlySet<string> Paths, IReadOnlyList<HtmlPage> Pages, IReadOnlyList<FidelitySource> FidelitySources, ReferenceLibrary Library)
{
    /// <summary>The path the site is served under ("/project/"), which links from the root start with.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The navigation of site.yaml, which every page repeats.</summary>
    public IReadOnlyList<Configuration.NavItem> Nav { get; init; } = [];

    /// <summary>The site paths that nav entries point to but the site does not have: reported once, at site.yaml.</summary>
    public IReadOnlySet<string> BrokenNavTargets => brokenNavTargets ??= Nav
        .Select(n => LinkCheck.Resolve("index.html", n.Url).Path)
        .Where(p => p.Length > 0 && !Paths.Contains(p))
        .ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? brokenNavTargets;

    public HtmlPage? FindPage(string path) => Pages.FirstOrDefault(p => p.Path == path);
}
