using SiteBuilder.Diagnostics;

namespace SiteBuilder.Citations;

/// <summary>One cited key inside a citation, with its optional prefix, locator and suffix.</summary>
public sealed record CitationItem(
    string Key,
    string? Prefix,
    Locator? Locator,
    string? Suffix,
    bool SuppressAuthor,
    SourceLocation Location);
