using SiteBuilder.Csl.Locales;

namespace SiteBuilder.Csl.Styles;

/// <summary>
/// A parsed CSL style: its class (in-text or note), its options, macros, citation and bibliography, and the
/// locale overrides it carries. Parse once with <see cref="StyleParser"/>; format many documents with it.
/// </summary>
public sealed record CslStyle(
    string Class,
    string? Id,
    string? DefaultLocale,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, Layout> Macros,
    Section? Citation,
    Section? Bibliography,
    IReadOnlyList<LocaleOverride> Locales)
{
    /// <summary>For a dependent style: the id of the independent style it borrows its formatting from.</summary>
    public string? ParentId { get; init; }

    /// <summary>The style's title from its info block ("Chicago Manual of Style 17th edition (author-date)").</summary>
    public string? Title { get; init; }

    public bool IsNote => Class == "note";

    /// <summary>Whether any element, key or condition of the style names citation-number: if not, nothing needs numbers.</summary>
    public bool UsesCitationNumber { get; init; } = true;

    /// <summary>
    /// Whether a cite's position can change how the style writes it: a note style, a position condition anywhere
    /// (near-note included), et-al-subsequent options, or the first-reference-note-number variable. If not, no
    /// cite's position is worked out, and a later cite of an item reads as its first.
    /// </summary>
    public bool UsesPositions { get; init; } = true;
}
