using System.Collections.Concurrent;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// Bibliography sort keys shared by every processor of one style, for a caller that formats many documents from
/// one library (a site with an essay per document): each item's keys are computed once, not once per document.
/// It applies only where the keys depend on the item alone: no citation numbers, year suffixes, positions,
/// locators or disambiguation in the keys (ties between suffixed works are still broken by their suffixes).
/// Thread-safe; items are told apart by reference.
/// </summary>
public sealed class SortKeyCache
{
    private static readonly HashSet<string> StateVariables = new(StringComparer.Ordinal)
    {
        "citation-number", "year-suffix", "citation-label", "locator", "first-reference-note-number",
    };

    private readonly ConcurrentDictionary<CslItem, List<string>> keys = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Section, bool> applies = new(ReferenceEqualityComparer.Instance);

    internal List<string> Get(CslItem item, Func<List<string>> compute) => keys.GetOrAdd(item, _ => compute());

    internal bool Applies(CslStyle style, Section section) => applies.GetOrAdd(section, s =>
        s.Sort.All(k => k.Macro is { } macro ? !DependsOnState(style, macro, []) : !StateVariables.Contains(k.Variable ?? "")));

    private static bool DependsOnState(CslStyle style, string macro, HashSet<string> visited) =>
        visited.Add(macro) && style.Macros.TryGetValue(macro, out var body) && body.Children.Any(e => DependsOnState(style, e, visited));

    private static bool DependsOnState(CslStyle style, Element element, HashSet<string> visited) => element switch
    {
        TextElement t => StateVariables.Contains(t.Variable ?? "") || (t.Macro is { } m && DependsOnState(style, m, visited)),
        NumberElement n => StateVariables.Contains(n.Variable),
        LabelElement l => StateVariables.Contains(l.Variable ?? ""),
        GroupElement g => g.Children.Any(c => DependsOnState(style, c, visited)),
        ChooseElement c => c.Branches.Any(b =>
            b.When?.Tests.Any(t => t.Test is "position" or "disambiguate" or "locator" || StateVariables.Contains(t.Value)) == true
            || b.Children.Any(child => DependsOnState(style, child, visited))),
        _ => false,
    };
}
