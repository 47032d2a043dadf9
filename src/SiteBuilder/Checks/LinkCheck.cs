using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>Every internal link and asset reference leads to a built file, and every #fragment to an id on that page.</summary>
public sealed class LinkCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        (site.LinkFindings is { } memo
            ? memo.Run(site, page => Check(site, page).ToList())
            : OrderedParallel.Map(site.Pages, (page, _) => Check(site, page).ToList(), new DiagnosticBag())).SelectMany(found => found);

    private static IEnumerable<Diagnostic> Check(BuiltSite site, PageFacts page)
    {
        foreach (var link in page.Links)
        {
            if (link.External)
            {
                continue;
            }

            var (target, fragment) = (link.Target, link.Fragment);
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
}
