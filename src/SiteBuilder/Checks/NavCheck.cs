using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// Every nav entry of site.yaml leads to a page. A wrong one is reported once, at its line in site.yaml,
/// rather than as a broken link on every page that repeats the navigation.
/// </summary>
public sealed class NavCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site)
    {
        if (site.BrokenNavTargets.Count == 0)
        {
            yield break;
        }

        var pages = site.Paths.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)).Select(UrlOf).ToList();
        foreach (var item in site.Nav)
        {
            var (target, _) = SiteUrls.Resolve("index.html", item.Url);
            if (site.BrokenNavTargets.Contains(target))
            {
                var location = item.UrlLocation ?? SourceLocation.File(Configuration.SiteConfig.FileName);
                yield return Diagnostic.Error(DiagnosticCodes.BrokenLink, location, $"nav entry '{item.Title}' leads to '{item.Url}', which the site does not have{SpellingSuggester.Hint(item.Url, pages)}");
            }
        }
    }

    /// <summary>"about/index.html" as the URL a nav entry would write: "/about/".</summary>
    private static string UrlOf(string path) => "/" + path[..^"index.html".Length];
}
