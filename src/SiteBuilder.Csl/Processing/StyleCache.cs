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

    private readonly ConcurrentDictionary<SectionAndItem, List<string>> keys;
    private readonly ConcurrentDictionary<Section, bool> applies;

    /// <summary>Null when this cache keeps no cites (<see cref="WithoutCites"/>).</summary>
    private readonly ConcurrentDictionary<SectionAndItem, Rendering.Output>? cites;

    /// <summary>The plain text of each cached cite, which disambiguation compares in every document.</summary>
    private readonly ConcurrentDictionary<SectionAndItem, string>? plainCites;

    public StyleCache()
        : this(new(), new(ReferenceEqualityComparer.Instance), new(), new())
    {
        Macros = new Rendering.MacroCache();
    }

    /// <summary>Each item's citation macros that read nothing of the cite (null when this cache keeps no cites).</summary>
    internal Rendering.MacroCache? Macros { get; private init; }

    private StyleCache(ConcurrentDictionary<SectionAndItem, List<string>> keys, ConcurrentDictionary<Section, bool> applies, ConcurrentDictionary<SectionAndItem, Rendering.Output>? cites, ConcurrentDictionary<SectionAndItem, string>? plainCites)
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

    /// <summary>The item's sort keys under the section, made by <paramref name="compute"/> from its arguments the first time (a static lambda: a hit allocates nothing).</summary>
    internal List<string> Get<TState>(Section section, CslItem item, TState state, Func<Section, CslItem, TState, List<string>> compute) =>
        keys.TryGetValue(new(section, item), out var known) ? known : keys.GetOrAdd(new(section, item), compute(section, item, state));

    /// <summary>The item's plain first cite under the section, made by <paramref name="render"/> from its arguments the first time (a static lambda: a hit allocates nothing).</summary>
    internal Rendering.Output Cite<TState>(Section section, CslItem item, TState state, Func<Section, CslItem, TState, Rendering.Output> render) =>
        cites is null ? render(section, item, state)
        : cites.TryGetValue(new(section, item), out var known) ? known : cites.GetOrAdd(new(section, item), render(section, item, state));

    /// <summary>The plain text of the item's plain first cite, made from <see cref="Cite"/>'s output once.</summary>
    internal string PlainCite<TState>(Section section, CslItem item, TState state, Func<Section, CslItem, TState, Rendering.Output> render) =>
        plainCites is null ? Rendering.OutputParts.ComparedText(render(section, item, state))
        : plainCites.TryGetValue(new(section, item), out var known) ? known : plainCites.GetOrAdd(new(section, item), Rendering.OutputParts.ComparedText(Cite(section, item, state, render)));

    /// <summary>
    /// A section and an item, told apart by reference (both are records, whose own equality compares every field).
    /// A key that compares itself, with no comparer object: the dictionaries' lookups call it directly.
    /// </summary>
    private readonly struct SectionAndItem(Section section, CslItem item) : IEquatable<SectionAndItem>
    {
        private readonly Section section = section;
        private readonly CslItem item = item;

        public bool Equals(SectionAndItem other) => ReferenceEquals(section, other.section) && ReferenceEquals(item, other.item);

        public override bool Equals(object? obj) => obj is SectionAndItem other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(section), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(item));
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
