using System.Globalization;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// One citation of a document: its cites, its footnote's number in a note style, and whether its cites keep the
/// order they were written in rather than the style's (an author's "see" before one work stays with that work).
/// </summary>
public sealed record CitationRequest(IReadOnlyList<Cite> Cites, int? NoteNumber = null, bool KeepOrder = false)
{
    /// <summary>
    /// A citation the caller writes itself (as one that reads alike was written before): it counts, for
    /// disambiguation and positions, as every other does, but it is not formatted, and its output is empty.
    /// </summary>
    public bool WrittenElsewhere { get; init; }
}

/// <summary>
/// Formats a whole document in one batch under one style: the bibliography sorted and numbered, and every
/// citation with positions, disambiguation (names, given names, year suffixes) and collapsing. Items and style
/// are fixed at construction; the result is output trees, written as HTML or text by <see cref="OutputWriter"/>.
/// </summary>
public sealed class CslProcessor
{
    private readonly CslStyle style;
    private readonly Dictionary<string, CslItem> items;
    private readonly IReadOnlyList<CslItem> order;
    private IReadOnlyDictionary<string, int> numbers = System.Collections.Frozen.FrozenDictionary<string, int>.Empty; // none until a style numbers its items
    /// <summary>The items' disambiguation; an item missing from it needs none.</summary>
    private IReadOnlyDictionary<string, Disambiguation> disambiguation = Disambiguator.NoneNeeded;

    /// <summary>How many items the last disambiguation looked at (none yet: 0).</summary>
    private int disambiguatedItems;

    /// <summary>The items the last disambiguation of citations looked at, in order (none yet, or none cited: null).</summary>
    private List<CslItem>? disambiguatedPool;
    private IReadOnlyDictionary<(string Family, string Given), int> nameLevels = RenderContext.NoNameLevels;
    private (string Pool, List<CslItem> Sorted)? bibliographyOrder;
    private string? numberedPool;

    /// <summary>The citation section's collapse option and whether it groups cites by their names, read once.</summary>
    private (string? Collapse, bool Grouping)? citationCollapsing;

    /// <summary>The citation layout's prefix and suffix, and its decoration without them, made once (outputs are immutable).</summary>
    private (TextOutput Prefix, TextOutput Suffix, Decoration WithoutAffixes)? citationParts;

    public CslProcessor(CslStyle style, IEnumerable<CslItem> items, CslLocale? locale = null, StyleCache? shared = null)
    {
        this.style = style;
        Shared = shared;
        var given = items.ToList();
        this.items = new Dictionary<string, CslItem>(given.Count, StringComparer.Ordinal);
        foreach (var item in given)
        {
            this.items[item.Id] = item; // the last of an id wins, as the reference processors' registries keep it
        }

        // each id once, where it first stood (an id given twice is one item, not two)
        order = given.Count == this.items.Count ? given : Once(given, this.items);

        Locale = locale ?? new CslLocale(LocaleParser.BuiltInEnglish(), style.Locales);
    }

    public CslLocale Locale { get; }

    /// <summary>Each id of <paramref name="given"/> once, where it first stood, as the item the registry keeps for it.</summary>
    private static List<CslItem> Once(List<CslItem> given, Dictionary<string, CslItem> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return given.Where(i => seen.Add(i.Id)).Select(i => items[i.Id]).ToList();
    }

    /// <summary>
    /// Whether <c>form="short"</c> of a title without a <c>title-short</c> gives the title before its subtitle
    /// ("Attached: The new science of adult attachment" as "Attached"), as the short titles of APA, Chicago and MLA
    /// are usually made, rather than the whole title (what CSL and the reference processors do). Off unless asked for.
    /// </summary>
    public bool ShortTitlesWithoutSubtitle { get; init; }

    /// <summary>Sort keys and plain cites shared with the style's other processors, if the caller keeps them.</summary>
    internal StyleCache? Shared { get; }

    /// <summary>
    /// Whether a bibliography entry depends only on its item and year suffix, so an entry made for one document
    /// serves every other: the style neither shows nor tests citation numbers, nor substitutes repeated authors.
    /// </summary>
    public bool EntriesStandAlone => !UsesNumbers && style.Bibliography?.Options.ContainsKey("subsequent-author-substitute") != true;

    private bool UsesNumbers => style.UsesCitationNumber;

    /// <summary>The bibliography of the given items (all when null), sorted, each entry tagged with its item id.</summary>
    public IReadOnlyList<Output> Bibliography(IEnumerable<string>? ids = null)
    {
        if (style.Bibliography is not { } section)
        {
            return [];
        }

        var chosen = ids is null ? order : ids.Distinct().Select(id => items.GetValueOrDefault(id)).OfType<CslItem>().ToList();
        Number(chosen);
        if (disambiguatedItems == 0 && style.Citation is { } citation)
        {
            // year suffixes and the rest belong to the entries even when nothing was cited yet
            disambiguation = Disambiguator.Run(this, citation, chosen);
            disambiguatedItems = chosen.Count;
        }

        var sorted = bibliographyOrder is { } known && known.Pool == PoolKey(chosen) ? known.Sorted : Sorter.Sort(chosen, section, this);
        var entries = new List<Output>();
        string? previousNames = null;
        foreach (var item in sorted)
        {
            // of the disambiguation, only the year suffix belongs to the entry; names and given names are the citations' business
            var context = Context(section, item, null, new Disambiguation(YearSuffix: disambiguation.GetValueOrDefault(item.Id)?.YearSuffix, Condition: disambiguation.GetValueOrDefault(item.Id)?.Condition == true) { ConditionLevel = disambiguation.GetValueOrDefault(item.Id)?.ConditionLevel });
            var output = SuffixInLastBlock(new Renderer(context).Layout(section.Layout) with { ItemId = item.Id });
            if (section.Options.GetValueOrDefault("second-field-align") is "flush" or "margin")
            {
                output = SecondFieldAlign(output);
            }

            if (section.Options.GetValueOrDefault("subsequent-author-substitute") is { } substitute)
            {
                (output, previousNames) = SubsequentAuthor.Substitute(output, substitute, previousNames, section.Options.GetValueOrDefault("subsequent-author-substitute-rule"));
            }

            if (!output.IsEmpty)
            {
                entries.Add(output); // an item with nothing to print gets no entry
            }
        }

        return entries;
    }

    private static Output CapitalizeLeadingTerm(Output node)
    {
        switch (node)
        {
            case TextOutput { Part: "term" } term when term.Text.Length > 0:
                return term with { Text = char.ToUpperInvariant(term.Text[0]) + term.Text[1..] };
            case GroupOutput group:
                var children = group.Children.ToList();
                var first = children.FindIndex(c => !c.IsEmpty);
                if (first < 0 || group.Decoration.Prefix is { Length: > 0 })
                {
                    return node;
                }

                children[first] = CapitalizeLeadingTerm(children[first]);
                return group with { Children = children };
            default:
                return node;
        }
    }

    /// <summary>
    /// An entry whose layout ends with a display block ("right-inline") ends its text inside that block: the layout's
    /// suffix goes in, before the block closes, as the reference processors write it ("Here.</div>", not "Here</div>.").
    /// </summary>
    private static Output SuffixInLastBlock(Output entry)
    {
        if (entry is not GroupOutput { Decoration.Suffix: { Length: > 0 } suffix } layout)
        {
            return entry;
        }

        var last = layout.Children.Count - 1;
        while (last >= 0 && layout.Children[last].IsEmpty)
        {
            last--;
        }

        if (last < 0 || layout.Children[last] is not GroupOutput { Decoration.Display: not null } block)
        {
            return entry;
        }

        var children = layout.Children.ToList();
        children[last] = block with { Decoration = block.Decoration with { Suffix = block.Decoration.Suffix + suffix } };
        return layout with { Children = children, Decoration = layout.Decoration with { Suffix = null } };
    }

    /// <summary>The entry's first field in the left margin, the rest beside it (second-field-align).</summary>
    private static Output SecondFieldAlign(Output entry)
    {
        if (entry is not GroupOutput { } layout)
        {
            return entry;
        }

        var children = layout.Children.Where(c => !c.IsEmpty).ToList();
        if (children.Count < 2)
        {
            return entry;
        }

        var decoration = layout.Decoration;
        var first = new GroupOutput([new TextOutput(decoration.Prefix ?? ""), children[0]], new Decoration { Display = "left-margin" });
        var rest = new GroupOutput([new GroupOutput(children.Skip(1).ToList(), Decoration.None, layout.Delimiter), new TextOutput(decoration.Suffix ?? "")], new Decoration { Display = "right-inline", Prefix = layout.Delimiter });
        return new GroupOutput([first, rest], decoration with { Prefix = null, Suffix = null }) { ItemId = entry.ItemId };
    }

    /// <summary>The ids in the bibliography's order (its sort keys), without rendering any entry.</summary>
    public IReadOnlyList<string> Order(IEnumerable<string> ids)
    {
        if (style.Bibliography is not { } section)
        {
            return ids.ToList();
        }

        var chosen = KnownOnce(ids);
        Number(chosen);
        var sorted = bibliographyOrder is { } known && known.Pool == PoolKey(chosen) ? known.Sorted : Sorter.Sort(chosen, section, this);
        var order = new string[sorted.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = sorted[i].Id;
        }

        return order;
    }

    /// <summary>The year suffix disambiguation gave an item ("a", "b"), after <see cref="Citations"/> or <see cref="Bibliography"/>.</summary>
    public string? YearSuffix(string id) => disambiguation.GetValueOrDefault(id)?.YearSuffix;

    /// <summary>One bibliography entry on its own, with the year suffix its list gave it.</summary>
    public Output? Entry(string id, string? yearSuffix)
    {
        if (style.Bibliography is not { } section || !items.TryGetValue(id, out var item))
        {
            return null;
        }

        var context = Context(section, item, null, new Disambiguation(YearSuffix: yearSuffix));
        var output = SuffixInLastBlock(new Renderer(context).Layout(section.Layout) with { ItemId = id });
        return section.Options.GetValueOrDefault("second-field-align") is "flush" or "margin" ? SecondFieldAlign(output) : output;
    }

    /// <summary>Every citation of the document, in order, formatted together.</summary>
    public IReadOnlyList<Output> Citations(IReadOnlyList<CitationRequest> citations)
    {
        if (style.Citation is not { } section)
        {
            return [];
        }

        Disambiguate(section, CitedItems(citations));
        // a style whose output no position can change gets none worked out: every cite reads as a first one
        var positioned = style.UsesPositions ? Positions.Assign(citations, section) : citations;
        var outputs = new Output[positioned.Count];
        for (var i = 0; i < outputs.Length; i++)
        {
            outputs[i] = positioned[i].WrittenElsewhere ? TextOutput.Empty : Citation(section, positioned[i]);
        }

        return outputs;
    }

    /// <summary>
    /// How the item's cites read in this document, after its disambiguation (<see cref="Citations"/> or
    /// <see cref="Disambiguate(IEnumerable{string})"/>), as a key: its cites read alike in every document that gives
    /// the same key. "" when nothing of the document changes them; the given names each of its names shows when
    /// other authors of the document call for them (digits, one a name); null when the document changes them in a
    /// way of its own (a year suffix, more names), or the style numbers cites or tells their positions.
    /// </summary>
    public string? Reading(string id)
    {
        if (!items.TryGetValue(id, out var item) || UsesNumbers || style.UsesPositions || style.IsNote
            || (disambiguation.GetValueOrDefault(id) ?? Disambiguation.None) != Disambiguation.None)
        {
            return null;
        }

        if (!HasNameLevels(item))
        {
            return "";
        }

        var levels = new System.Text.StringBuilder();
        foreach (var names in item.Names.Values)
        {
            foreach (var name in names)
            {
                levels.Append((char)('0' + nameLevels.GetValueOrDefault(name.ComparisonKey())));
            }

            levels.Append('/');
        }

        return levels.ToString();
    }

    /// <summary>A citation of this one cite alone, as <see cref="Citations"/> formats it in this document, changing nothing of the document's state.</summary>
    public Output LoneCitation(Cite cite) =>
        style.Citation is { } section && items.ContainsKey(cite.Id) ? Citation(section, new CitationRequest([cite])) : TextOutput.Empty;

    /// <summary>The item with this id, or null when the processor has none.</summary>
    public CslItem? Find(string id) => items.GetValueOrDefault(id);

    private static bool Contains(List<CslItem> items, string id)
    {
        foreach (var item in items)
        {
            if (string.Equals(item.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items the citations cite, each once, in the order first cited; ids the processor does not know are left out.</summary>
    private List<CslItem> CitedItems(IReadOnlyList<CitationRequest> citations)
    {
        var ids = new List<string>();
        for (var c = 0; c < citations.Count; c++)
        {
            var cites = citations[c].Cites;
            for (var k = 0; k < cites.Count; k++)
            {
                ids.Add(cites[k].Id);
            }
        }

        return KnownOnce(ids);
    }

    /// <summary>The items with these ids, each once, in the order first given; ids the processor does not know are left out.</summary>
    private List<CslItem> KnownOnce(IEnumerable<string> ids)
    {
        var known = new List<CslItem>();
        HashSet<string>? seen = null; // a document's handful are compared one by one; a long list goes through a table
        foreach (var id in ids)
        {
            if (!items.TryGetValue(id, out var item))
            {
                continue;
            }

            if (seen is null && known.Count >= 16)
            {
                seen = new HashSet<string>(known.Select(c => c.Id), StringComparer.Ordinal);
            }

            if (seen is not null ? seen.Add(item.Id) : !Contains(known, item.Id))
            {
                known.Add(item);
            }
        }

        return known;
    }

    /// <summary>
    /// Numbers and disambiguates the items as if a document cited them in this order, without writing any citation:
    /// what a caller needs to learn each item's year suffix (<see cref="YearSuffix"/>) in a long list.
    /// </summary>
    public void Disambiguate(IEnumerable<string> ids)
    {
        if (style.Citation is { } section)
        {
            Disambiguate(section, ids);
        }
    }

    private void Disambiguate(Section section, IEnumerable<string> ids) => Disambiguate(section, KnownOnce(ids));

    private void Disambiguate(Section section, List<CslItem> cited)
    {
        if (cited.Count > 0 && disambiguatedPool is { } pool && SameItems(pool, cited))
        {
            return; // the same items as last time (a caller that disambiguated before formatting): the same result
        }

        disambiguatedPool = cited.Count > 0 ? cited : null;
        Number(cited);
        nameLevels = Disambiguator.NameLevels(cited, section, style);
        disambiguation = Disambiguator.Run(this, section, cited);
        disambiguatedItems = cited.Count;
    }

    private static bool SameItems(List<CslItem> a, List<CslItem> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each item's first place in <paramref name="sorted"/>, by identity: a lookup, where searching the list for every item was quadratic.</summary>
    internal static Dictionary<CslItem, int> Ranks(IReadOnlyList<CslItem> sorted)
    {
        var rank = new Dictionary<CslItem, int>(sorted.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sorted.Count; i++)
        {
            rank.TryAdd(sorted[i], i);
        }

        return rank;
    }

    private Output Citation(Section section, CitationRequest citation)
    {
        var cites = new List<Cite>(citation.Cites.Count);
        for (var k = 0; k < citation.Cites.Count; k++)
        {
            if (items.ContainsKey(citation.Cites[k].Id))
            {
                cites.Add(citation.Cites[k]);
            }
        }

        if (section.Sort.Count > 0 && !citation.KeepOrder && cites.Count > 1)
        {
            var sorted = Sorter.Sort(cites.Select(c => items[c.Id]).ToList(), section, this);
            var rank = Ranks(sorted);
            cites = cites.OrderBy(c => rank[items[c.Id]]).ToList();
        }

        var rendered = Collapser.Collapse(this, section, cites, sorted: section.Sort.Count > 0 && !citation.KeepOrder);
        var d = section.Layout.Decoration;
        if (style.IsNote && rendered.Count > 0 && string.IsNullOrEmpty(d.Prefix) && cites.Count > 0 && cites[0].Prefix is null)
        {
            // a term that opens a note starts its sentence: "Ibid."
            rendered[0] = CapitalizeLeadingTerm(rendered[0]);
        }

        // a citation's affixes sit inside its formatting: <b>([1]–[3])</b>
        var (prefix, suffix, withoutAffixes) = citationParts ??= (new TextOutput(d.Prefix ?? ""), new TextOutput(d.Suffix ?? ""), d with { Prefix = null, Suffix = null });
        return new GroupOutput([prefix, new GroupOutput(rendered, Decoration.None), suffix], withoutAffixes) { Part = "citation" };
    }

    /// <summary>One cite rendered through the citation layout's children, with its own affixes.</summary>
    internal Output Cite(Section section, Cite cite, Disambiguation? state = null)
    {
        var item = items[cite.Id];
        return SharedCite(cite, item, state) is { } shared
            ? shared.Cite(section, item, (Processor: this, Cite: cite, State: state), static (section, item, a) => a.Processor.RenderCite(section, a.Cite, item, a.State))
            : RenderCite(section, cite, item, state);
    }

    /// <summary>A cite's text without markup, as disambiguation compares it.</summary>
    internal string PlainCite(Section section, Cite cite, Disambiguation? state = null)
    {
        var item = items[cite.Id];
        return SharedCite(cite, item, state) is { } shared
            ? shared.PlainCite(section, item, (Processor: this, Cite: cite, State: state), static (section, item, a) => a.Processor.RenderCite(section, a.Cite, item, a.State))
            : OutputParts.ComparedText(RenderCite(section, cite, item, state));
    }

    /// <summary>The text of the item's plain first cite without markup, in its first form: the cite is made only if it must be rendered.</summary>
    internal string PlainFirstCite(Section section, CslItem item) =>
        SharedCite(item, Disambiguation.None) is { } shared
            ? shared.PlainCite(section, item, this, static (section, item, processor) => processor.RenderCite(section, new Cite(item.Id), item, Disambiguation.None))
            : OutputParts.ComparedText(RenderCite(section, new Cite(item.Id), item, Disambiguation.None));

    /// <summary>The shared cache when this cite reads the same in every document: a plain first cite of an item that needs no disambiguation.</summary>
    private StyleCache? SharedCite(Cite cite, CslItem item, Disambiguation? state) => cite.IsBare ? SharedCite(item, state) : null;

    private StyleCache? SharedCite(CslItem item, Disambiguation? state) =>
        Shared is { } shared && (state ?? disambiguation.GetValueOrDefault(item.Id) ?? Disambiguation.None) == Disambiguation.None
        && !style.UsesCitationNumber && !HasNameLevels(item) ? shared : null;

    /// <summary>
    /// Whether the item's sort keys may come from the shared cache: in a citation's sort, only while the document
    /// neither disambiguates the item nor gives its authors given names (either may change how its names sort).
    /// </summary>
    internal bool SharesSortKeys(Section section, CslItem item) =>
        !IsCitation(section) || (!HasNameLevels(item) && (disambiguation.GetValueOrDefault(item.Id) ?? Disambiguation.None) == Disambiguation.None);

    private bool HasNameLevels(CslItem item) =>
        nameLevels.Count > 0 && item.Names.Values.Any(list => list.Any(n => nameLevels.ContainsKey(n.ComparisonKey())));

    private Output RenderCite(Section section, Cite cite, CslItem item, Disambiguation? state)
    {
        var context = Context(section, item, cite, state);
        var body = new Renderer(context).Undecorated(section.Layout);
        if (style.IsNote && cite.Prefix is { } prefix && prefix.Trim().Contains(' ') && prefix.TrimEnd().TrimEnd('”', '’', '"').EndsWith('.'))
        {
            // a term after a full stop starts a sentence: "This has been said. Ibid."
            body = CapitalizeLeadingTerm(body);
        }

        if (body.IsEmpty && !cite.AuthorOnly && !cite.SuppressAuthor && !cite.YearSuffixOnly)
        {
            // a cite the style prints nothing for says so, as the reference processors write it, rather than vanish
            body = new TextOutput(OutputParts.NoPrintedFormText) { Part = OutputParts.NoPrintedForm };
        }

        // the cite's own affixes ("see", ", for a review") stand outside the part tagged with its item
        var tagged = new GroupOutput([body], Decoration.None) { ItemId = cite.Id };
        return cite.Prefix is null && cite.Suffix is null
            ? tagged
            : new GroupOutput([RichTextOutput.Parse(cite.Prefix ?? ""), tagged, RichTextOutput.Parse(cite.Suffix ?? "")], Decoration.None);
    }

    internal RenderContext Context(Section section, CslItem item, Cite? cite, Disambiguation? state = null, bool forSort = false)
    {
        var disambiguated = state ?? disambiguation.GetValueOrDefault(item.Id) ?? Disambiguation.None;
        return new(style, Locale, section, item)
        {
            ShortTitlesWithoutSubtitle = ShortTitlesWithoutSubtitle,
            Cite = cite,
            CitationNumber = numbers.TryGetValue(item.Id, out var n) ? n : null,
            Disambiguation = disambiguated,
            ForSort = forSort,
            SuppressNames = cite?.SuppressAuthor == true,
            NameLevels = IsCitation(section) ? nameLevels : RenderContext.NoNameLevels,
            // a cite's macros come from the shared cache while nothing of this document changes how they read
            Macros = IsCitation(section) && !forSort && disambiguated == Disambiguation.None && !HasNameLevels(item) ? Shared?.Macros : null,
        };
    }

    internal CslStyle Style => style;

    /// <summary>Whether the section is the style's citation itself (a sort key's copy with its own name options is not): told by reference, not by comparing layouts.</summary>
    private bool IsCitation(Section section) => ReferenceEquals(section, style.Citation);

    /// <summary>How a section collapses its cites (its collapse option), and whether it groups them by their names at all.</summary>
    internal (string? Collapse, bool Grouping) Collapsing(Section section)
    {
        if (IsCitation(section) && citationCollapsing is { } known)
        {
            return known;
        }

        var collapse = section.Options.GetValueOrDefault("collapse");
        var read = (collapse, collapse is not null || section.Options.ContainsKey("cite-group-delimiter"));
        if (IsCitation(section))
        {
            citationCollapsing = read;
        }

        return read;
    }

    internal CslItem Item(string id) => items[id];

    internal IReadOnlyDictionary<string, Disambiguation> States => disambiguation;

    /// <summary>Citation numbers: by the bibliography's order (the order of first citation when it sorts by them, or has no sort).</summary>
    private void Number(IReadOnlyList<CslItem> cited)
    {
        if (!UsesNumbers)
        {
            return; // no number is shown, tested, sorted or collapsed by: none is worked out
        }

        var pool = cited.Count > 0 ? cited : order;
        var poolKey = PoolKey(pool);
        if (poolKey == numberedPool)
        {
            return; // numbered already, for the same items
        }

        numberedPool = poolKey;
        var byCitation = new Dictionary<string, int>(StringComparer.Ordinal);
        bibliographyOrder = null;
        for (var i = 0; i < pool.Count; i++)
        {
            byCitation[pool[i].Id] = i + 1;
        }

        numbers = byCitation;

        // the bibliography's order numbers the items (keys on the numbers sort by the order of first citation, set
        // above); the numbers count down the list when the last key on them sorts descending, as the reference
        // processors number it
        if (style.Bibliography is { Sort.Count: > 0 } bibliography)
        {
            var sorted = Sorter.Sort(pool, bibliography, this);
            var down = CountsDown(bibliography);
            numbers = sorted.Select((item, i) => (item.Id, down ? sorted.Count - i : i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
            bibliographyOrder = (PoolKey(pool), sorted); // sorted before renumbering: the list keeps this order
        }
    }

    /// <summary>Whether the last of the section's sort keys that reads the citation number sorts descending.</summary>
    private bool CountsDown(Section section)
    {
        var down = false;
        foreach (var key in section.Sort)
        {
            if (key.Variable == "citation-number" || (key.Macro is { } m && MentionsCitationNumber(m)))
            {
                down = key.Descending;
            }
        }

        return down;
    }

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string PoolKey(IReadOnlyList<CslItem> pool) => string.Join('\u0001', pool.Select(i => i.Id));

    private bool MentionsCitationNumber(string macro) =>
        style.Macros.TryGetValue(macro, out var body) && Mentions(body.Children);

    private bool Mentions(IEnumerable<Element> elements) => elements.Any(e => e switch
    {
        TextElement t => t.Variable == "citation-number" || (t.Macro is { } m && MentionsCitationNumber(m)),
        NumberElement n => n.Variable == "citation-number",
        GroupElement g => Mentions(g.Children),
        ChooseElement c => c.Branches.Any(b => b.When?.Tests.Any(t => t.Value == "citation-number") == true || Mentions(b.Children)),
        _ => false,
    });
}
