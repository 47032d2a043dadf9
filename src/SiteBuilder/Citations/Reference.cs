using SiteBuilder.Diagnostics;

namespace SiteBuilder.Citations;

/// <summary>One bibliography item, holding the CSL fields we use plus the reading-list block.</summary>
public sealed record Reference(
    string Id,
    string Type,
    IReadOnlyList<PersonName> Authors,
    IReadOnlyList<PersonName> Editors,
    int? Year,
    string Title,
    string? ContainerTitle,
    string? Volume,
    string? Issue,
    string? Page,
    string? Edition,
    string? Publisher,
    string? PublisherPlace,
    string? Doi,
    string? Url,
    string? Isbn,
    string? Annotation,
    ReadingInfo Reading,
    SourceLocation Location)
{
    /// <summary>The CSL types the formatter knows; others are reported as invalid.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } =
        ["article-journal", "article-magazine", "article-newspaper", "book", "chapter", "report", "thesis", "webpage"];

    public bool IsArticle => Type.StartsWith("article", StringComparison.Ordinal);

    /// <summary>The DOI as a resolvable https URL, when there is one.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    /// <summary>The first and last page of <see cref="Page"/>, split at a dash.</summary>
    public (string First, string? Last) PageRange()
    {
        var parts = (Page ?? "").Split(['–', '-', '—'], 2, StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
