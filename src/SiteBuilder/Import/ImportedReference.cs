using SiteBuilder.Citations;

namespace SiteBuilder.Import;

/// <summary>A reference entry read from a plain-text References section, before it is written as CSL-YAML.</summary>
public sealed record ImportedReference(
    string Id,
    string Type,
    IReadOnlyList<PersonName> Authors,
    int Year,
    string Title,
    string? ContainerTitle,
    string? Volume,
    string? Issue,
    string? Page,
    string? Publisher,
    string? Annotation,
    string? Pages);
