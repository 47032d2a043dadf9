using SiteBuilder.Citations;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>The built site as checks see it: every file's path, the parsed HTML pages, the seeds essays came from, and the bibliography.</summary>
public sealed record BuiltSite(IReadOnlySet<string> Paths, IReadOnlyList<HtmlPage> Pages, IReadOnlyList<FidelitySource> FidelitySources, ReferenceLibrary Library)
{
    /// <summary>The path the site is served under ("/project/"), which links from the root start with.</summary>
    public string BasePath { get; init; } = "/";

    public HtmlPage? FindPage(string path) => Pages.FirstOrDefault(p => p.Path == path);
}
