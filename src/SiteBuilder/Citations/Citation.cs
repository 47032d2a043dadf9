namespace SiteBuilder.Citations;

/// <summary>
/// One citation as written: parenthetical (<c>[see @a; @b, p. 3]</c>) or narrative (<c>@a [p. 3]</c>).
/// </summary>
public sealed record Citation(IReadOnlyList<CitationItem> Items, bool Narrative)
{
    /// <summary>Under a note style, the number of the footnote the citation stands in.</summary>
    public int? NoteNumber { get; init; }
}
