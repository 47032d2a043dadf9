using System.Collections.Concurrent;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// What every processor of one style may share, for a caller that formats many documents from one library (a
/// site with an essay per document): each item's sort keys (for the bibliography and for the cites within a
/// citation), and its plain first cite with its text, are made once, not once per document. Each applies only
/// where the result depends on the item alone: sort keys without citation numbers, year suffixes, positions,
/// locators or disambiguation (ties between suffixed works are still broken by their suffixes), and for the
/// citation's keys, without given names a document's other authors call for; cites without a locator, affixes,
/// a later position, numbers, or a disambiguation of their own. Output trees are immutable, so one serves every
/// document. Thread-safe; items are told apart by reference.
/// </summary>
public sealed class StyleCache
{
    private static readonly HashSet<string> StateVariables = new(StringComparer.Ordinal)
    {
        "citation-number", "year-suffix", "citation-label", "locator", "first-reference-note-number",
    };

    private readonly ConcurrentDictionary<(Section, CslItem), List<string>> keys;
    private readonly ConcurrentDictionary<Section, bool> applies;

    /// <summary>Null when this cache keeps no cites (<see cref="WithoutCites"/>).</summary>
    private readonly ConcurrentDictionary<(Section, CslItem), Rendering.Output>? cites;

    /// <summary>The plain text of each cached cite, which disambiguation compares in every document.</summary>
    private readonly ConcurrentDictionary<(Section, CslItem), string>? plainCites;

    public StyleCache()
        : this(new(new SectionAndItem()), new(ReferenceEqualityComparer.Instance), new(new SectionAndItem()), new(new SectionAndItem()))
    {
        Macros = new Rendering.MacroCache();
    }

    /// <summary>Each item's citation macros that read nothing of the cite (null when this cache keeps no cites).</summary>
    internal Rendering.MacroCache? Macros { get; private init; }

    private StyleCache(ConcurrentDictionary<(Section, CslItem), List<string>> keys, ConcurrentDictionary<Section, bool> applies, ConcurrentDictionary<(Section, CslItem), Rendering.Output>? cites, ConcurrentDictionary<(Section, CslItem), string>? plainCites)
    {
        this.plainCites = plainCites;
        this.keys = keys;
        this.applies = applies;
        this.cites = cites;
    }

    /// <summary>
    /// The same cache of sort keys, keeping no cites: for a pass over a whole library (its year labels, say), whose
    /// cites would otherwise stay in memory for the rest of the build, rendered once and never again.
    /// </summary>
    public StyleCache WithoutCites() => new(keys, applies, null, null);

    internal List<string> Get(Section section, CslItem item, Func<List<string>> compute) =>
        keys.TryGetValue((section, item), out var known) ? known : keys.GetOrAdd((section, item), _ => compute());

    internal Rendering.Output Cite(Section section, CslItem item, Func<Rendering.Output> render) =>
        cites is null ? render() : cites.TryGetValue((section, item), out var known) ? known : cites.GetOrAdd((section, item), _ => render());

    /// <summary>The plain text of the item's plain first cite, made from <see cref="Cite"/>'s output once.</summary>
    internal string PlainCite(Section section, CslItem item, Func<Rendering.Output> render) =>
        plainCites is null ? render().Plain()
        : plainCites.TryGetValue((section, item), out var known) ? known : plainCites.GetOrAdd((section, item), _ => Cite(section, item, render).Plain());

    private sealed class SectionAndItem : IEqualityComparer<(Section Section, CslItem Item)>
    {
        public bool Equals((Section Section, CslItem Item) x, (Section Section, CslItem Item) y) =>
            ReferenceEquals(x.Section, y.Section) && ReferenceEquals(x.Item, y.Item);

        public int GetHashCode((Section Section, CslItem Item) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Section), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item));
    }

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
