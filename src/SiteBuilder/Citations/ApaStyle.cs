using System.Globalization;

namespace SiteBuilder.Citations;

/// <summary>
/// The APA 7th edition author-date style: reference entries, in-text citations and bibliography order.
/// It is the one type that knows the style, so a CSL engine can take its place.
/// </summary>
public sealed class ApaStyle : ICitationStyle
{
    public string Name => "APA 7";

    /// <summary>
    /// Sorts entries as APA prescribes (9.44–9.47): letter by letter by the authors (or the title, without a leading
    /// article, when there are none), one author before several; then undated works, dated ones by year, works in
    /// press last; then by title.
    /// </summary>
    public IReadOnlyList<Reference> Sort(IEnumerable<Reference> references) =>
        references.Select(r => (Reference: r, Authors: SortKey(r), Title: CollationKey.Of(StripArticle(r.PlainTitle))))
            .OrderBy(x => x.Authors, StringComparer.Ordinal)
            .ThenBy(x => YearOrder(x.Reference))
            .ThenBy(x => x.Title, StringComparer.Ordinal)
            .ThenBy(x => x.Reference.Id, StringComparer.Ordinal)
            .Select(x => x.Reference)
            .ToList();

    /// <summary>
    /// The year shown for each reference of one reference list, with a, b, … added where the same authors share a
    /// year, in title order, as APA's rule asks (9.47). Each list (an essay's references, the site's index) is labelled
    /// on its own, so an essay with one Smith 2010 never shows "2010a".
    /// </summary>
    public IReadOnlyDictionary<string, string> YearLabels(IReadOnlyList<Reference> list)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Sort(list).GroupBy(r => (SortKey(r), YearOrder(r))))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var year = YearText(members[i]);
                var suffix = members.Count > 1 ? (char.IsDigit(year[^1]) ? "" : "-") + (char)('a' + i % 26) + (i >= 26 ? (i / 26).ToString(CultureInfo.InvariantCulture) : "") : "";
                labels[members[i].Id] = year + suffix;
            }
        }

        return labels;
    }

    /// <summary>"2010", "n.d." or "in press", before any suffix.</summary>
    internal static string YearText(Reference reference) =>
        IsInPress(reference) ? "in press"
        : reference.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";

    public FormattedText FormatEntry(Reference reference, string yearLabel) =>
        new ApaEntryFormatter(reference, yearLabel).Format();

    /// <summary>Formats one citation; <paramref name="find"/> must know every key (unknown keys are reported earlier).</summary>
    /// <param name="list">The document's reference list, which decides initials and how many names an "et al." needs.</param>
    public FormattedCitation FormatCitation(Citation citation, Func<string, Reference> find, IReadOnlyDictionary<string, string> years, IReadOnlyList<Reference>? list = null) =>
        new ApaCitationFormatter(find, years, new ApaInTextNames(list ?? citation.Items.Select(i => find(i.Key)).DistinctBy(r => r.Id).ToList(), years)).Format(citation);

    public (IReadOnlyList<FormattedCitation> Citations, IReadOnlyList<BibliographyEntry> Bibliography) FormatDocument(
        IReadOnlyList<Citation> citations, Func<string, Reference> find, Func<IReadOnlyDictionary<string, string>> years, IReadOnlyList<Reference> list, Func<Reference, FormattedText> entry)
    {
        var labels = years();
        return (citations.Select(c => FormatCitation(c, find, labels, list)).ToList(), Sort(list).Select(r => new BibliographyEntry(r, entry(r))).ToList());
    }

    /// <summary>The authors as a sort key: each name's family name (with its particle) then initials, names in order.</summary>
    internal static string SortKey(Reference reference) =>
        reference.Authors.Count == 0
            ? CollationKey.Of(StripArticle(reference.PlainTitle))
            : string.Join(CollationKey.Separator + "" + CollationKey.Separator, reference.Authors.Select(a =>
                CollationKey.Of(ApaNames.Surname(a)) + CollationKey.Separator + CollationKey.Of(a.Initials())));

    private static bool IsInPress(Reference reference) =>
        reference.Item["status"]?.Contains("press", StringComparison.OrdinalIgnoreCase) == true
        || reference.Issued?.Literal?.Contains("press", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Undated works first, then by year, then works in press.</summary>
    internal static int YearOrder(Reference reference) =>
        IsInPress(reference) ? int.MaxValue : reference.Year ?? int.MinValue;

    private static string StripArticle(string title)
    {
        foreach (var article in new[] { "The ", "A ", "An " })
        {
            if (title.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return title[article.Length..];
            }
        }

        return title;
    }
}
