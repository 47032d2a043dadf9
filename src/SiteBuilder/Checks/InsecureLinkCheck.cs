using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>Links that leave the site over plain http, which browsers flag and readers should not be sent to.</summary>
public sealed class InsecureLinkCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        from page in site.Pages
        from link in page.InsecureLinks
        select Diagnostic.Warning(DiagnosticCodes.InsecureLink, FindingLocation.Of(page, link), $"{page.Path} links to '{link.Url}' over plain http; use https{FindingLocation.Blame(page, link)}");
}
