namespace SiteBuilder.Citations;

/// <summary>
/// What the site needs of a citation style: the order of a reference list, the year labels within it, an entry,
/// and all citations of a document formatted as one batch (disambiguation and collapsing look at all of them).
/// Every style is a CSL style formatted by SiteBuilder.Csl (<see cref="CslCitationStyle"/>): the built-in APA and any from <c>styles/</c>.
/// </summary>
public interface ICitationStyle
{
    /// <summary>A short name for messages and the "Cite this" box ("APA 7", or the CSL style's title).</summary>
    string Name { get; }

    /// <summary>Whether citations are footnotes (a CSL note style: Chicago notes, OSCOLA, …) rather than part of the text.</summary>
    bool IsNoteStyle { get; }

    IReadOnlyList<Reference> Sort(IEnumerable<Reference> references);

    /// <summary>The year each reference shows in this list ("2010", "2010a", "n.d.").</summary>
    IReadOnlyDictionary<string, string> YearLabels(IReadOnlyList<Reference> list);

    FormattedText FormatEntry(Reference reference, string yearLabel);

    /// <summary>
    /// Every citation of one document, in order, and its reference list, formatted together (a numeric style
    /// numbers the entries as the citations first cite them). <paramref name="entry"/> formats an entry on its own
    /// with the year label its list gives it, and may return one made before (entries are formatted once per build).
    /// </summary>
    (IReadOnlyList<FormattedCitation> Citations, IReadOnlyList<BibliographyEntry> Bibliography) FormatDocument(
        IReadOnlyList<Citation> citations, IReadOnlyList<Reference> list, Func<Reference, string, FormattedText> entry);
}
