using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>The built site as checks see it: every file's path, and the parsed HTML pages.</summary>
public sealed record BuiltSite(IReadOnlySet<string> Paths, IReadOnlyList<HtmlPage> Pages, IReadOnlyList<FidelitySource> FidelitySources)
{
    public HtmlPage? FindPage(string path) => Pages.FirstOrDefault(p => p.Path == path);
}
