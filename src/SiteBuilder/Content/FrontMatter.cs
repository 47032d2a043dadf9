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
    SourceLocation SlugLocation);
