using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>Every internal link and asset reference leads to a built file, and every #fragment to an id on that page.</summary>
public sealed class LinkCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        (site.LinkFindings is { } memo
            ? memo.Run(site, (page, link) => Check(site, page, link))
            : OrderedParallel.Map(site.Pages, (page, _) => Check(site, page), new DiagnosticBag())).SelectMany(found => found);

    private static List<Diagnostic> Check(BuiltSite site, PageFacts page)
    {
        var found = new List<Diagnostic>();
        foreach (var link in page.Links)
        {
            if (Check(site, page, link) is { } finding)
            {
                found.Add(finding);
            }
        }

        return found;
    }

    /// <summary>What is wrong with one link of the page, or null; a link has one finding at most.</summary>
    internal static Diagnostic? Check(BuiltSite site, PageFacts page, LinkFact link)
    {
        if (link.External)
        {
            return null;
        }

        var (target, fragment) = (link.Target, link.Fragment);
        if (target.StartsWith(Output.LiveReloadScript.ReservedFolder, StringComparison.Ordinal))
        {
            return null; // answered by the preview server, not part of the site
        }

        if (target.Length > 0 && !site.Paths.Contains(target))
        {
            // (a wrong nav entry is reported once, at site.yaml, by NavCheck)
            return site.BrokenNavTargets.Contains(target)
                ? null
                : Diagnostic.Error(DiagnosticCodes.BrokenLink, FindingLocation.Of(page, link), $"{page.Path} links to '{target}', which the site does not have{FindingLocation.Blame(page, link)}");
        }

        var targetPath = target.Length == 0 ? page.Path : target;
        return fragment.Length > 0 && site.FindPage(targetPath) is not null && !site.HasId(targetPath, Uri.UnescapeDataString(fragment))
            ? Diagnostic.Error(DiagnosticCodes.MissingAnchor, FindingLocation.Of(page, link), $"{page.Path} links to '{targetPath}#{fragment}', but that page has no element with id '{fragment}'{FindingLocation.Blame(page, link)}")
            : null;
    }
}
