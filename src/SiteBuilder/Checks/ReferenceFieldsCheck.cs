using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>
/// Every reference has what APA 7 needs for its type. Missing a container (journal, book) is an error, since the
/// entry cannot be formatted; missing details that APA expects (publisher, volume, pages, authors, year) and a
/// missing annotation for the reading list are warnings, which --strict turns into errors.
/// </summary>
public sealed class ReferenceFieldsCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site) => site.Library.References.SelectMany(Check);

    private static IEnumerable<Diagnostic> Check(Reference reference)
    {
        var kind = reference.Type;
        if (reference.IsArticle || kind is "chapter" or "entry-dictionary" or "entry-encyclopedia")
        {
            if (reference.ContainerTitle is null)
            {
                yield return Missing(reference, "container-title", Severity.Error);
            }
        }

        if (reference.Authors.Count == 0 && reference.Editors.Count == 0)
        {
            yield return Missing(reference, "author", Severity.Warning);
        }

        if (reference.Year is null)
        {
            yield return Missing(reference, "issued", Severity.Warning);
        }

        foreach (var field in Expected(reference))
        {
            yield return Missing(reference, field, Severity.Warning);
        }

        if (reference.Annotation is null)
        {
            yield return Diagnostic.Warning(DiagnosticCodes.IncompleteReference, reference.Location, $"reference '{reference.Id}' has no 'annote'; the annotated reading list shows it without an annotation");
        }
    }

    private static IEnumerable<string> Expected(Reference reference) => reference.Type switch
    {
        "book" or "thesis" => reference.Publisher is null ? ["publisher"] : [],
        "report" => reference.Publisher is null && !reference.Authors.Any(a => a.IsLiteral) ? ["publisher"] : [],
        "chapter" => new[] { reference.Publisher is null ? "publisher" : null, reference.Page is null ? "page" : null }.OfType<string>(),
        "article-journal" => new[] { reference.Volume is null ? "volume" : null, reference.Page is null ? "page" : null }.OfType<string>(),
        "webpage" or "post" or "post-weblog" => reference.Url is null ? ["URL"] : [],
        "dataset" or "software" => reference.Publisher is null && reference.Url is null && reference.Doi is null ? ["publisher"] : [],
        "paper-conference" => reference.ContainerTitle is null && reference.Item["event-title"] is null && reference.Item["event"] is null ? ["container-title"] : [],
        _ => [],
    };

    private static Diagnostic Missing(Reference reference, string field, Severity severity) =>
        new(severity, DiagnosticCodes.IncompleteReference, $"reference '{reference.Id}' ({reference.Type}) has no '{field}', which APA 7 needs for this type", reference.Location);
}
