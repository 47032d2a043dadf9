using System.Globalization;

namespace SiteBuilder.Citations;

/// <summary>
/// The APA 7th edition author-date style: reference entries, in-text citations and bibliography order.
/// It is the one type that knows the style, so a CSL engine can take its place.
/// </summary>
public sealed class ApaStyle
{
    /// <summary>Sorts entries as APA prescribes: by authors (or title when there are none), then year, then title.</summary>
    public IReadOnlyList<Reference> Sort(IEnumerable<Reference> references) =>
        references.OrderBy(SortKey, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Year ?? int.MinValue) // APA: undated works come before dated ones by the same authors
            .ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The year shown for each reference, with a, b, … added where the same authors share a year,
    /// in bibliography order, as APA's disambiguation rule asks.
    /// </summary>
    public IReadOnlyDictionary<string, string> YearLabels(IReadOnlyList<Reference> library)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Sort(library).GroupBy(r => (SortKey(r), r.Year)))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var year = members[i].Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
                var suffix = members.Count > 1 ? (members[i].Year is null ? "-" : "") + (char)('a' + i) : "";
                labels[members[i].Id] = year + suffix;
            }
        }

        return labels;
    }

    public FormattedText FormatEntry(Reference reference, string yearLabel) =>
        new ApaEntryFormatter(reference, yearLabel).Format();

    /// <summary>Formats one citation; <paramref name="find"/> must know every key (unknown keys are reported earlier).</summary>
    public FormattedCitation FormatCitation(Citation citation, Func<string, Reference> find, IReadOnlyDictionary<string, string> years) =>
        new ApaCitationFormatter(find, years).Format(citation);

    internal static string SortKey(Reference reference) =>
        reference.Authors.Count == 0
            ? StripArticle(reference.Title)
            : string.Join(" ", reference.Authors.Select(a => a.Family + " " + a.Initials()));

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
