using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// A macro's output for one item, made once for every cite of the item in every document of a style: an
/// author-date cite with a locator ("Smith &amp; Jones, 2010, p. 4") renders its names and date from here and
/// only its locator anew. A macro qualifies when nothing it calls, tests or formats depends on the cite beyond
/// what the key holds (its position, near-note, author-only and year-suffix-only flags, and whether the cite's
/// names are still to be left out): no locator, note or citation number, however deep in its macros. A render
/// uses the cache only from a clean start (no disambiguation, nothing substituted, no year suffix written), and a
/// hit replays what the macro did to the render's state (the variables it counted, the disambiguate tests it
/// made, the variables its substitutes used up, the names it left out), so the cite reads exactly as if the macro
/// had been rendered.
/// Thread-safe; sections, macros and items are told apart by reference.
/// </summary>
public sealed class MacroCache
{
    /// <summary>
    /// What a macro may read of a cite or a document besides the key: any of these keeps it out. (A year suffix
    /// may be read, and the disambiguate condition tested: a render uses the cache only while its item has no
    /// disambiguation, so it has no suffix and the condition is false.)
    /// </summary>
    private static readonly HashSet<string> CiteVariables = new(StringComparer.Ordinal)
    {
        "locator", "first-reference-note-number", "citation-number",
    };

    private readonly ConcurrentDictionary<Layout, bool> citeFree = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each item's macro outputs: one lookup of the item per render, then a few entries compared one by one.</summary>
    private readonly ConcurrentDictionary<CslItem, ItemOutputs> outputs = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the macro's output depends on nothing of the cite but the key's flags.</summary>
    internal bool IsCiteFree(CslStyle style, Layout macro) =>
        citeFree.TryGetValue(macro, out var known) ? known : citeFree.GetOrAdd(macro, m => Free(style, m.Children, []));

    /// <summary>The outputs of the item's macros made so far (none the first time).</summary>
    internal ItemOutputs For(CslItem item) => outputs.TryGetValue(item, out var known) ? known : outputs.GetOrAdd(item, static _ => new ItemOutputs());

    /// <summary>
    /// One item's macro outputs, under their keys: a handful (a macro or two, in a position or two), read without a
    /// lock from an array that is replaced, never changed, when one is added.
    /// </summary>
    internal sealed class ItemOutputs
    {
        private readonly Lock adding = new();
        private (Key Key, Rendered Rendered)[] entries = [];

        public bool TryGet(in Key key, out Rendered rendered)
        {
            foreach (var entry in Volatile.Read(ref entries))
            {
                if (entry.Key.Equals(key))
                {
                    rendered = entry.Rendered;
                    return true;
                }
            }

            rendered = null!;
            return false;
        }

        public void Add(in Key key, Rendered rendered)
        {
            lock (adding)
            {
                if (!TryGet(key, out _))
                {
                    Volatile.Write(ref entries, [.. entries, (key, rendered)]);
                }
            }
        }
    }

    private static bool Free(CslStyle style, IReadOnlyList<Element> elements, HashSet<string> visited)
    {
        foreach (var element in elements)
        {
            var free = element switch
            {
                TextElement t => !CiteVariables.Contains(t.Variable ?? "") && (t.Macro is not { } macro || MacroFree(style, macro, visited)),
                NumberElement n => !CiteVariables.Contains(n.Variable),
                LabelElement l => l.Variable is { } variable && !CiteVariables.Contains(variable), // a label without a variable is the locator's
                NamesElement n => n.Substitute is null || Free(style, n.Substitute, visited),
                GroupElement g => Free(style, g.Children, visited),
                ChooseElement c => c.Branches.All(b =>
                    (b.When is null || b.When.Tests.All(test => test.Test != "locator" && !CiteVariables.Contains(test.Value)))
                    && Free(style, b.Children, visited)),
                _ => true,
            };
            if (!free)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A macro met again (a loop, which renders nothing) or unknown (nothing either) reads nothing of the cite.</summary>
    private static bool MacroFree(CslStyle style, string macro, HashSet<string> visited) =>
        !visited.Add(macro) || !style.Macros.TryGetValue(macro, out var body) || Free(style, body.Children, visited);

    /// <summary>A macro rendered, within its item's outputs (<see cref="ItemOutputs"/>), under the cite's flags that can change it.</summary>
    /// <remarks>It compares itself (sections and macros by reference); the item is the table it stands in.</remarks>
    internal readonly record struct Key(Section Section, Layout Macro, CitePosition Position, bool NearNote, bool AuthorOnly, bool YearSuffixOnly, bool SuppressNames)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Section, other.Section) && ReferenceEquals(Macro, other.Macro)
            && Position == other.Position && NearNote == other.NearNote && AuthorOnly == other.AuthorOnly && YearSuffixOnly == other.YearSuffixOnly
            && SuppressNames == other.SuppressNames;

        public override int GetHashCode() => HashCode.Combine(
            RuntimeHelpers.GetHashCode(Section), RuntimeHelpers.GetHashCode(Macro),
            (int)Position | (NearNote ? 8 : 0) | (AuthorOnly ? 16 : 0) | (YearSuffixOnly ? 32 : 0) | (SuppressNames ? 64 : 0));
    }

    /// <summary>
    /// A macro's children and whether they printed, with what rendering them did to the render's state: the
    /// variables counted and printed (as the groups around see them), the disambiguate tests made, whether a year
    /// suffix was written, and the variables its substitutes used up.
    /// </summary>
    internal sealed record Rendered(Output[] Children, bool Printed, int Called, int RenderedCount, int Tests, bool YearSuffixWritten, IReadOnlyList<string> Suppressed)
    {
        /// <summary>Whether the macro held the cite's first names, which it left out (so the rest of the cite shows its names).</summary>
        public bool LeftOutNames { get; init; }
    }
}
