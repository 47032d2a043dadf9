namespace SiteBuilder.Citations;

/// <summary>An in-text citation after formatting, such as "(see Johnson, 2008; Levine &amp; Heller, 2010, pp. 70–85)".</summary>
public sealed record FormattedCitation(IReadOnlyList<CitationPiece> Pieces)
{
    /// <summary>Under a note style, a narrative citation's names, which stay in the sentence while the citation goes into a note.</summary>
    public CitationPiece? NamesInText { get; init; }

    public string PlainText => string.Concat(Pieces.Select(p => p.Text));
}
