using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// Makes cites that would read alike tell their items apart, in CSL's order: add names (et al. widened) and, by
/// cite, the given names of the names that differ; then year suffixes (a, b, … in bibliography order); finally the
/// disambiguate condition for styles that handle the rest themselves. Each item gets the least that makes it unique;
/// what does not help is taken back.
/// </summary>
internal static class Disambiguator
{
    /// <summary>From this many items a list's first cites are rendered in parallel.</summary>
    private const int ManyItems = 1024;

    /// <summary>What <see cref="Run"/> gives when no cite needs anything: every item reads in its first form.</summary>
    public static IReadOnlyDictionary<string, Disambiguation> NoneNeeded { get; } = System.Collections.Frozen.FrozenDictionary<string, Disambiguation>.Empty;

    /// <summary>Each cited item's disambiguation; an item missing from the result needs none.</summary>
    public static IReadOnlyDictionary<string, Disambiguation> Run(CslProcessor processor, Section section, IReadOnlyList<CslItem> cited)
    {
        var options = section.Options;
        if (NothingToTellApart(processor, section, cited))
        {
            return NoneNeeded;
        }

        var states = cited.ToDictionary(i => i.Id, _ => Disambiguation.None, StringComparer.Ordinal);
        var addNames = options.GetValueOrDefault("disambiguate-add-names") == "true";
        var addGiven = options.GetValueOrDefault("disambiguate-add-givenname") == "true";
        var rule = options.GetValueOrDefault("givenname-disambiguation-rule") ?? processor.Style.Options.GetValueOrDefault("givenname-disambiguation-rule") ?? "by-cite";
        // cites are rendered again only when their state changed
        var renders = new Dictionary<(string, Disambiguation), string>();
        string Render(CslItem item)
        {
            var key = (item.Id, states[item.Id]);
            if (!renders.TryGetValue(key, out var text))
            {
                renders[key] = text = processor.PlainCite(section, new Cite(item.Id), states[item.Id]);
            }

            return text;
        }

        if (cited.Count >= ManyItems)
        {
            // a long list (a whole library's year labels): its first cites are rendered on all cores, each on its own
            var texts = new string[cited.Count];
            Parallel.For(0, cited.Count, i => texts[i] = processor.PlainCite(section, new Cite(cited[i].Id), states[cited[i].Id]));
            for (var i = 0; i < cited.Count; i++)
            {
                renders[(cited[i].Id, states[cited[i].Id])] = texts[i];
            }
        }

        // the steps below each look for cites that read alike; until one of them changes a state, they all find what
        // the first found (in most documents, nothing), so the cites are compared once
        var unchanged = true;
        List<List<CslItem>>? atStart = null;
        List<List<CslItem>> AmbiguousNow() => unchanged ? atStart ??= Ambiguous(cited, Render) : Ambiguous(cited, Render);

        if (addNames || (addGiven && rule == "by-cite"))
        {
            foreach (var group in AmbiguousNow())
            {
                unchanged = false;
                Widen(group, states, processor, section, addNames, addGiven && rule is "by-cite" or "all-names" or "primary-name", rule);
            }
        }
        else if (addGiven)
        {
            foreach (var group in AmbiguousNow())
            {
                unchanged = false;
                Widen(group, states, processor, section, false, true, rule);
            }
        }

        if (options.GetValueOrDefault("disambiguate-add-year-suffix") == "true")
        {
            // the bibliography's order decides the suffixes; it is sorted only when some cites collide (most documents: none)
            var bibliographyOrder = new Lazy<Dictionary<CslItem, int>>(() => CslProcessor.Ranks(processor.Style.Bibliography is { } bibliography ? Sorter.Sort(cited, bibliography, processor) : cited.ToList()));
            // with et-al-subsequent, the later cites' shorter forms must differ too: "Baur et al. 2000a", "… 2000b"
            var groups = AmbiguousNow().ToList();
            if (options.ContainsKey("et-al-subsequent-min") || options.ContainsKey("et-al-subsequent-use-first"))
            {
                string Subsequent(CslItem item) => OutputParts.ComparedText(processor.Cite(section, new Cite(item.Id) { Position = CitePosition.Subsequent }, states[item.Id]));
                groups.AddRange(Ambiguous(cited, Subsequent).Where(g => !groups.Any(h => h.Intersect(g, ReferenceEqualityComparer.Instance).Any())));
            }

            foreach (var group in groups)
            {
                unchanged = false;
                var ordered = group.OrderBy(i => bibliographyOrder.Value[i]).ToList();
                for (var i = 0; i < ordered.Count; i++)
                {
                    states[ordered[i].Id] = states[ordered[i].Id] with { YearSuffix = Suffix(i) };
                }
            }
        }

        // the disambiguate conditions, turned on one at a time until the cites differ
        foreach (var group in AmbiguousNow())
        {
            unchanged = false;
            var remaining = group.ToList();
            for (var level = 1; level <= 8 && remaining.Count > 0; level++)
            {
                foreach (var item in remaining)
                {
                    states[item.Id] = states[item.Id] with { Condition = true, ConditionLevel = level };
                }

                var texts = group.ToDictionary(i => i.Id, Render, StringComparer.Ordinal);
                remaining = remaining.Where(i => group.Any(o => o.Id != i.Id && texts[o.Id] == texts[i.Id])).ToList();
            }

            foreach (var item in remaining)
            {
                states[item.Id] = states[item.Id] with { ConditionLevel = null };
            }
        }

        if (processor.Style.IsNote)
        {
            // a note style's later cites are short forms, which may collide where the first cites do not
            string Later(CslItem item) => OutputParts.ComparedText(processor.Cite(section, new Cite(item.Id) { Position = CitePosition.Subsequent }, states[item.Id]));
            foreach (var item in Ambiguous(cited, Later).SelectMany(g => g).ToList())
            {
                states[item.Id] = states[item.Id] with { SubsequentCondition = true };
            }
        }

        return states;
    }

    /// <summary>
    /// Whether every cite already differs in its first form, so that no step below would change a state: the case
    /// of most documents, told by comparing the items' first cites (each shared by every document of the style)
    /// without the tables the steps keep. Not for note styles or later cites with et-al-subsequent, whose short
    /// forms are compared as well.
    /// </summary>
    private static bool NothingToTellApart(CslProcessor processor, Section section, IReadOnlyList<CslItem> cited)
    {
        if (processor.Style.IsNote || cited.Count > 16
            || (section.Options.GetValueOrDefault("disambiguate-add-year-suffix") == "true"
                && (section.Options.ContainsKey("et-al-subsequent-min") || section.Options.ContainsKey("et-al-subsequent-use-first"))))
        {
            return false;
        }

        var texts = new string[cited.Count];
        for (var i = 0; i < cited.Count; i++)
        {
            texts[i] = processor.PlainFirstCite(section, cited[i]);
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(texts[i], texts[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// For each item of an ambiguous group, the fewest names (and, with given names, the given names of the names
    /// that differ) that make its cite unique in the group; items that nothing makes unique keep their first form.
    /// </summary>
    private static void Widen(List<CslItem> group, Dictionary<string, Disambiguation> states, CslProcessor processor, Section section, bool addNames, bool addGiven, string rule)
    {
        // for each item, the fewest names (and given names) that leave it colliding with the fewest others
        var most = group.Max(i => Names(i).Count);
        var best = group.ToDictionary(i => i.Id, i => (Collisions: group.Count - 1, State: states[i.Id]), StringComparer.Ordinal);
        var first = addNames ? 1 : most;
        for (var n = first; n <= Math.Max(first, most); n++)
        {
            foreach (var withGiven in addGiven ? new[] { false, true } : [false])
            {
                var trial = group.ToDictionary(i => i.Id, i => states[i.Id] with
                {
                    NamesShown = addNames ? n : states[i.Id].NamesShown,
                    GivenLevels = withGiven ? GivenLevels(i, group, n, rule) : states[i.Id].GivenLevels,
                }, StringComparer.Ordinal);
                var renders = group.ToDictionary(i => i.Id, i => OutputParts.ComparedText(processor.Cite(section, new Cite(i.Id), trial[i.Id])), StringComparer.Ordinal);
                foreach (var item in group)
                {
                    var collisions = group.Count(o => o.Id != item.Id && renders[o.Id] == renders[item.Id]);
                    if (collisions < best[item.Id].Collisions)
                    {
                        best[item.Id] = (collisions, trial[item.Id]);
                    }
                }
            }
        }

        foreach (var item in group)
        {
            states[item.Id] = best[item.Id].State;
        }
    }

    /// <summary>
    /// The all-names and primary-name rules: every person whose family name another person of the document shares
    /// shows given names (initials, or in full when the initials agree too) wherever cited, not only to tell cites apart.
    /// </summary>
    public static IReadOnlyDictionary<(string Family, string Given), int> NameLevels(IReadOnlyList<CslItem> cited, Section section, CslStyle style)
    {
        var levels = RenderContext.NoNameLevels;
        var rule = section.Options.GetValueOrDefault("givenname-disambiguation-rule") ?? style.Options.GetValueOrDefault("givenname-disambiguation-rule") ?? "by-cite";
        if (section.Options.GetValueOrDefault("disambiguate-add-givenname") != "true" || rule == "by-cite")
        {
            return levels;
        }

        var primary = rule.StartsWith("primary-name", StringComparison.Ordinal);
        var withInitialsOnly = rule.EndsWith("with-initials", StringComparison.Ordinal);
        if (cited.Count <= 16)
        {
            return FewNameLevels(cited, primary, withInitialsOnly);
        }

        if (!SharesFamilyName(cited, primary))
        {
            return levels; // no family name is shared (most documents): nobody needs given names
        }

        var persons = cited.SelectMany(i => primary ? Names(i).Take(1) : Names(i)).Where(n => !n.IsLiteral && n.Family is not null)
            .Select(n => n.ComparisonKey()).Distinct().ToList();
        var families = new HashSet<string>(persons.Count, StringComparer.Ordinal);
        if (persons.TrueForAll(p => families.Add(p.Family)))
        {
            return levels; // no family name is shared (most documents): nobody needs given names
        }

        var found = new Dictionary<(string, string), int>();
        foreach (var family in persons.GroupBy(p => p.Family, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var person in family)
            {
                var initialsShared = family.Any(o => o.Given != person.Given && Initial(o.Given) == Initial(person.Given));
                if (initialsShared && rule.EndsWith("with-initials", StringComparison.Ordinal))
                {
                    continue; // initials cannot tell these people apart, and the rule allows no more
                }

                found[person] = initialsShared ? 2 : 1;
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="NameLevels"/> for a document's handful of items: the persons compared pair by pair, with no tables,
    /// and nothing made when no family name is shared (most documents).
    /// </summary>
    private static IReadOnlyDictionary<(string Family, string Given), int> FewNameLevels(IReadOnlyList<CslItem> cited, bool primary, bool withInitialsOnly)
    {
        if (!SharesFamilyName(cited, primary))
        {
            return RenderContext.NoNameLevels; // most documents: told by family names, no person's key made
        }

        var persons = Persons(cited, primary);
        Dictionary<(string, string), int>? found = null;
        for (var a = 0; a < persons.Count; a++)
        {
            var (shared, initialsShared) = (false, false);
            for (var b = 0; b < persons.Count; b++)
            {
                if (b != a && string.Equals(persons[a].Family, persons[b].Family, StringComparison.Ordinal))
                {
                    shared = true;
                    initialsShared |= persons[b].Given != persons[a].Given && Initial(persons[b].Given) == Initial(persons[a].Given);
                }
            }

            if (shared && !(initialsShared && withInitialsOnly)) // where initials cannot tell people apart, the with-initials rule allows no more
            {
                (found ??= [])[persons[a]] = initialsShared ? 2 : 1;
            }
        }

        return found ?? RenderContext.NoNameLevels;
    }

    /// <summary>Whether two names of one family are two persons: their given names differ in their letters (as <see cref="CslName.ComparisonKey"/> compares them), not only as written.</summary>
    private static bool DifferentPersons(CslName one, CslName other) =>
        !string.Equals(one.Given, other.Given, StringComparison.Ordinal)
        && !string.Equals(one.ComparisonKey().Given, other.ComparisonKey().Given, StringComparison.Ordinal);

    /// <summary>The persons of the items (their first authors only, for the primary-name rules), literal names left out, each once (compared one by one: for a handful).</summary>
    private static List<(string Family, string Given)> Persons(IReadOnlyList<CslItem> cited, bool primary)
    {
        var persons = new List<(string Family, string Given)>(cited.Count * 2);
        for (var i = 0; i < cited.Count; i++)
        {
            var names = Names(cited[i]);
            var count = primary ? Math.Min(1, names.Count) : names.Count;
            for (var k = 0; k < count; k++)
            {
                if (names[k] is { IsLiteral: false, Family: not null } name && name.ComparisonKey() is var person && !Contains(persons, person))
                {
                    persons.Add(person);
                }
            }
        }

        return persons;
    }

    private static bool Contains(List<(string Family, string Given)> persons, (string Family, string Given) person)
    {
        foreach (var (family, given) in persons)
        {
            if (string.Equals(family, person.Family, StringComparison.Ordinal) && string.Equals(given, person.Given, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two different persons of the items (their first authors only, for the primary-name rules) share a
    /// family name: told by family names, a person's given names read only where the family agrees. A few names are
    /// compared pair by pair, with no table; many go through one.
    /// </summary>
    private static bool SharesFamilyName(IReadOnlyList<CslItem> cited, bool primary)
    {
        var names = new List<CslName>(cited.Count * 2);
        for (var i = 0; i < cited.Count; i++)
        {
            var all = Names(cited[i]);
            var count = primary ? Math.Min(1, all.Count) : all.Count;
            for (var k = 0; k < count; k++)
            {
                if (all[k] is { IsLiteral: false, Family: not null } name)
                {
                    names.Add(name);
                }
            }
        }

        if (names.Count > 64)
        {
            var byFamily = new Dictionary<string, CslName>(names.Count, StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (!byFamily.TryAdd(name.FamilyWithParticle, name) && DifferentPersons(byFamily[name.FamilyWithParticle], name))
                {
                    return true;
                }
            }

            return false;
        }

        for (var a = 1; a < names.Count; a++)
        {
            var family = names[a].FamilyWithParticle;
            for (var b = 0; b < a; b++)
            {
                if (string.Equals(family, names[b].FamilyWithParticle, StringComparison.Ordinal) && DifferentPersons(names[a], names[b]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IReadOnlyList<CslName> Names(CslItem item) =>
        item.NamesOf("author") is { Count: > 0 } authors ? authors : item.NamesOf("editor");

    /// <summary>For each of the first <paramref name="shown"/> names: initials (1) where another item of the group has the same family name with other given names, in full (2) where even the initials agree.</summary>
    private static List<int> GivenLevels(CslItem item, List<CslItem> group, int shown, string rule)
    {
        var names = Names(item);
        var levels = new List<int>();
        for (var k = 0; k < Math.Min(shown, names.Count); k++)
        {
            var mine = names[k];
            var level = 0;
            if (rule is not ("primary-name" or "primary-name-with-initials") || k == 0)
            {
                foreach (var other in group.Where(o => o.Id != item.Id).Select(Names).Where(o => o.Count > k).Select(o => o[k]))
                {
                    if (other.ComparisonKey().Family == mine.ComparisonKey().Family && other.ComparisonKey().Given != mine.ComparisonKey().Given)
                    {
                        var initialsDiffer = Initial(other.Given) != Initial(mine.Given);
                        level = Math.Max(level, initialsDiffer || rule.EndsWith("with-initials", StringComparison.Ordinal) ? 1 : 2);
                    }
                }
            }

            levels.Add(level);
        }

        return levels;
    }

    private static string Initial(string? given) => string.Concat((given ?? "").Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));

    /// <summary>Groups of different items whose cites render the same.</summary>
    /// <summary>The groups of items whose cites read alike, in the order of their first items; none (found without grouping) when every cite differs, as in most documents.</summary>
    private static List<List<CslItem>> Ambiguous(IEnumerable<CslItem> items, Func<CslItem, string> render)
    {
        var list = items as IReadOnlyList<CslItem> ?? items.ToList();
        var texts = new string[list.Count];
        var seen = new HashSet<string>(list.Count, StringComparer.Ordinal);
        var alike = false;
        for (var i = 0; i < list.Count; i++)
        {
            texts[i] = render(list[i]);
            alike |= !seen.Add(texts[i]);
        }

        return !alike ? [] : list.Select((item, i) => (Item: item, Text: texts[i])).GroupBy(x => x.Text, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Select(x => x.Item).ToList()).ToList();
    }

    /// <summary>a, b, … z, aa, ab, …</summary>
    private static string Suffix(int index) => index < 26 ? ((char)('a' + index)).ToString() : Suffix(index / 26 - 1) + (char)('a' + index % 26);
}
