using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>The typed front matter of an essay or a page; which keys are allowed depends on the kind.</summary>
public sealed record FrontMatter(
    string Title,
    string? Description,
    string? Author,
    DateOnly? Date,
    string? Slug,
    string? Layout,
    string? Source,
    bool Draft,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Nocite,
    IReadOnlyList<Theme> Themes,
    SourceLocation NociteLocation,
    SourceLocation LayoutLocation,
    SourceLocation SlugLocation)
{
    /// <summary>Bibliography files the essay names (<c>bibliography:</c>, as in Pandoc), as site paths; their references join the site's.</summary>
    public IReadOnlyList<(string Path, SourceLocation NamedAt)> Bibliography { get; init; } = [];

    /// <summary>The citation style this essay asks for (<c>citation_style:</c>, as a site path or "apa"), else the site's.</summary>
    public (string Name, SourceLocation NamedAt)? CitationStyle { get; init; }
}
