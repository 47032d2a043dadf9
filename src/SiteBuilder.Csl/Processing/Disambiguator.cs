using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// Makes cites that would read alike tell their items apart, in CSL's order: add names (et al. widened), add given
/// names (initials, then full), add year suffixes (a, b, … in bibliography order), and finally set the
/// disambiguate condition for styles that handle the rest themselves.
/// </summary>
internal static class Disambiguator
{
    public static Dictionary<string, Disambiguation> Run(CslProcessor processor, Section section, IReadOnlyList<CslItem> cited)
    {
        var states = cited.ToDictionary(i => i.Id, _ => new Disambiguation(), StringComparer.Ordinal);
        var options = section.Options;
        string Render(CslItem item) => processor.Cite(section, new Cite(item.Id), states[item.Id]).Plain();

        if (options.GetValueOrDefault("disambiguate-add-names") == "true")
        {
            foreach (var group in Ambiguous(cited, Render))
            {
                var most = group.Max(i => i.NamesOf("author").Count + i.NamesOf("editor").Count);
                for (var n = 2; n <= most && Ambiguous(group, Render).Any(); n++)
                {
                    foreach (var item in Ambiguous(group, Render).SelectMany(g => g))
                    {
                        states[item.Id] = states[item.Id] with { NamesShown = n };
                    }
                }

                // names that did not help are taken back
                foreach (var item in group.Where(i => Ambiguous(group, Render).SelectMany(g => g).Contains(i) && !HelpedByNames(i, group, processor, section, states)))
                {
                    states[item.Id] = states[item.Id] with { NamesShown = null };
                }
            }
        }

        if (options.GetValueOrDefault("disambiguate-add-givenname") == "true")
        {
            foreach (var group in Ambiguous(cited, Render).ToList())
            {
                // initials, then full given names, for the whole group; taken back when they tell nothing apart
                var resolved = false;
                for (var level = 1; level <= 2 && !resolved; level++)
                {
                    foreach (var item in group)
                    {
                        states[item.Id] = states[item.Id] with { GivenLevel = level };
                    }

                    resolved = group.Select(Render).Distinct(StringComparer.Ordinal).Count() > 1;
                }

                if (!resolved)
                {
                    foreach (var item in group)
                    {
                        states[item.Id] = states[item.Id] with { GivenLevel = 0 };
                    }
                }
            }
        }

        if (options.GetValueOrDefault("disambiguate-add-year-suffix") == "true")
        {
            var bibliographyOrder = processor.Style.Bibliography is { } bibliography ? Sorter.Sort(cited, bibliography, processor) : cited.ToList();
            foreach (var group in Ambiguous(cited, Render).ToList())
            {
                var ordered = group.OrderBy(i => bibliographyOrder.IndexOf(i)).ToList();
                for (var i = 0; i < ordered.Count; i++)
                {
                    states[ordered[i].Id] = states[ordered[i].Id] with { YearSuffix = Suffix(i) };
                }
            }
        }

        foreach (var item in Ambiguous(cited, Render).SelectMany(g => g).ToList())
        {
            states[item.Id] = states[item.Id] with { Condition = true };
        }

        return states;
    }

    private static bool HelpedByNames(CslItem item, IReadOnlyList<CslItem> group, CslProcessor processor, Section section, Dictionary<string, Disambiguation> states)
    {
        var mine = processor.Cite(section, new Cite(item.Id), states[item.Id]).Plain();
        return group.Where(o => o.Id != item.Id).All(o => processor.Cite(section, new Cite(o.Id), states[o.Id]).Plain() != mine);
    }

    /// <summary>Groups of different items whose cites render the same.</summary>
    private static IEnumerable<List<CslItem>> Ambiguous(IEnumerable<CslItem> items, Func<CslItem, string> render) =>
        items.GroupBy(render, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.ToList());

    /// <summary>a, b, … z, aa, ab, …</summary>
    private static string Suffix(int index) => index < 26 ? ((char)('a' + index)).ToString() : Suffix(index / 26 - 1) + (char)('a' + index % 26);
}
