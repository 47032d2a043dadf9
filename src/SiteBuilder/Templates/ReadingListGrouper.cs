using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Templates;

/// <summary>
/// Groups references by reading-list theme, in the themes' declared order; within a theme by
/// <c>reading.order</c>, then as the style sorts. Works without a theme come last, under "Further reading".
/// </summary>
internal static class ReadingListGrouper
{
    public static readonly Theme Unthemed = new("further-reading", "Further reading", null);

    public static IReadOnlyList<(Theme Theme, IReadOnlyList<Reference> References)> Group(IReadOnlyList<Theme> themes, ReferenceLibrary library, ICitationStyle style)
    {
        var known = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var groups = new List<(Theme, IReadOnlyList<Reference>)>();
        foreach (var theme in themes.Append(Unthemed))
        {
            var members = library.References
                .Where(r => theme == Unthemed ? r.Reading.Theme is null || !known.Contains(r.Reading.Theme) : r.Reading.Theme == theme.Id)
                .ToList();
            var sorted = style.Sort(members).OrderBy(r => r.Reading.Order ?? int.MaxValue).ToList();
            if (sorted.Count > 0)
            {
                groups.Add((theme, sorted));
            }
        }

        return groups;
    }

    /// <summary>Reports references whose theme the reading list does not declare.</summary>
    public static void Validate(IReadOnlyList<Theme> themes, ReferenceLibrary library, DiagnosticBag diagnostics)
    {
        var ids = themes.Select(t => t.Id).ToList();
        foreach (var reference in library.References.Where(r => r.Reading.Theme is { } t && !ids.Contains(t)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownTheme, reference.Location, $"reference '{reference.Id}' names the theme '{reference.Reading.Theme}', which content/pages/reading-list.md does not declare{SpellingSuggester.Hint(reference.Reading.Theme!, ids)}");
        }
    }
}
