using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>Every internal link and asset reference leads to a built file, and every #fragment to an id on that page.</summary>
public sealed partial class LinkCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site)
    {
        foreach (var page in site.Pages)
        {
            foreach (var (element, url) in Links(page.Document))
            {
                if (IsExternal(url))
                {
                    continue;
                }

                var (target, fragment) = Resolve(page.Path, url, site.BasePath);
                if (target.StartsWith(Output.LiveReloadRewriter.ReservedFolder, StringComparison.Ordinal))
                {
                    continue; // answered by the preview server, not part of the site
                }

                if (target.Length > 0 && !site.Paths.Contains(target))
                {
                    if (site.BrokenNavTargets.Contains(target))
                    {
                        continue; // a wrong nav entry: NavCheck reports it once, at site.yaml
                    }

                    yield return Diagnostic.Error(DiagnosticCodes.BrokenLink, FindingLocation.Of(page, element), $"{page.Path} links to '{target}', which the site does not have{FindingLocation.Blame(page, element)}");
                    continue;
                }

                var targetPage = target.Length == 0 ? page : site.FindPage(target);
                if (fragment.Length > 0 && targetPage is not null && targetPage.Document.GetElementById(Uri.UnescapeDataString(fragment)) is null)
                {
                    yield return Diagnostic.Error(DiagnosticCodes.MissingAnchor, FindingLocation.Of(page, element), $"{page.Path} links to '{targetPage.Path}#{fragment}', but that page has no element with id '{fragment}'{FindingLocation.Blame(page, element)}");
                }
            }
        }
    }

    private static IEnumerable<(IElement Element, string Url)> Links(IDocument document) =>
        document.QuerySelectorAll("a[href], link[href]").Select(e => (e, e.GetAttribute("href")!))
            .Concat(document.QuerySelectorAll("img[src], script[src], source[src]").Select(e => (e, e.GetAttribute("src")!)));

    private static bool IsExternal(string url) => Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>The site path a relative URL points to from a page (empty for a same-page fragment), and its fragment.</summary>
    internal static (string Path, string Fragment) Resolve(string pagePath, string url, string basePath = "/")
    {
        if (url.StartsWith(basePath, StringComparison.Ordinal) && basePath != "/")
        {
            url = "/" + url[basePath.Length..]; // from the site's root, as the 404 page links
        }

        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];
        if (path.Length == 0)
        {
            return ("", fragment);
        }

        var segments = path.StartsWith('/') ? new List<string>() : pagePath.Split('/').SkipLast(1).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(Uri.UnescapeDataString(segment));
            }
        }

        var resolved = string.Join('/', segments);
        return (path.EndsWith('/') || resolved.Length == 0 ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved, fragment);
    }
}
