using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>No two elements of a page share an id, since anchors and ARIA references would break.</summary>
public sealed class DuplicateIdCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) =>
        from page in site.Pages
        from duplicate in page.DuplicateIds
        orderby page.Path, duplicate.Id
        select page.DuplicateIdPositions.TryGetValue(duplicate.Id, out var at)
            ? Diagnostic.Error(DiagnosticCodes.DuplicateId, FindingLocation.At(page, at), $"{page.Path}: the id '{duplicate.Id}' written here is used {duplicate.Count} times on the page{FindingLocation.PageTemplates(page)}; give this one another id (a heading takes its id from its words, so reword it)")
            : Diagnostic.Error(DiagnosticCodes.DuplicateId, page.Origin, $"{page.Path}: the id '{duplicate.Id}' is used {duplicate.Count} times{FindingLocation.PageTemplates(page)}");
}
