using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>No two elements of a page share an id, since anchors and ARIA references would break.</summary>
public sealed class DuplicateIdCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        from page in site.Pages
        from duplicate in page.Ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1)
        orderby page.Path, duplicate.Key
        select Diagnostic.Error(DiagnosticCodes.DuplicateId, page.Origin, $"{page.Path}: the id '{duplicate.Key}' is used {duplicate.Count()} times{FindingLocation.PageTemplates(page)}");
}
