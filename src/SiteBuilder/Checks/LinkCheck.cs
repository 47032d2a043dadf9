using System.Text.RegularExpressions;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>Every internal link and asset reference leads to a built file, and every #fragment to an id on that page.</summary>
public sealed partial class LinkCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        OrderedParallel.Map(site.Pages, (page, _) => Check(site, page).ToList(), new DiagnosticBag()).SelectMany(found => found);

    private static IEnumerable<Diagnostic> Check(BuiltSite site, Output.PageFacts page)
    {
        foreach (var link in page.Links)
        {
            if (IsExternal(link.Url))
            {
                continue;
            }

            var (target, fragment) = Resolve(page.Path, link.Url, site.BasePath);
            if (target.StartsWith(Output.LiveReloadScript.ReservedFolder, StringComparison.Ordinal))
            {
                continue; // answered by the preview server, not part of the site
            }

            if (target.Length > 0 && !site.Paths.Contains(target))
            {
                if (!site.BrokenNavTargets.Contains(target))
                {
                    // (a wrong nav entry is reported once, at site.yaml, by NavCheck)
                    yield return Diagnostic.Error(DiagnosticCodes.BrokenLink, FindingLocation.Of(page, link), $"{page.Path} links to '{target}', which the site does not have{FindingLocation.Blame(page, link)}");
                }

                continue;
            }

            var targetPath = target.Length == 0 ? page.Path : target;
            if (fragment.Length > 0 && site.FindPage(targetPath) is not null && !site.HasId(targetPath, Uri.UnescapeDataString(fragment)))
            {
                yield return Diagnostic.Error(DiagnosticCodes.MissingAnchor, FindingLocation.Of(page, link), $"{page.Path} links to '{targetPath}#{fragment}', but that page has no element with id '{fragment}'{FindingLocation.Blame(page, link)}");
            }
        }
    }

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
