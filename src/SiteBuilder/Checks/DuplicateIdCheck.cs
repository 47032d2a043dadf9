using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>No two elements of a page share an id, since anchors and ARIA references would break.</summary>
public sealed class DuplicateIdCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        from page in site.Pages
        from duplicate in page.DuplicateIds
        orderby page.Path, duplicate.Id
        select Diagnostic.Error(DiagnosticCodes.DuplicateId, page.Origin, $"{page.Path}: the id '{duplicate.Id}' is used {duplicate.Count} times{FindingLocation.PageTemplates(page)}");
}
