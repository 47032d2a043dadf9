using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// Joins the cites of one citation: cites by the same names are grouped, then collapsed as the style asks
/// (collapse="year", "year-suffix", "year-suffix-ranged" or "citation-number" ranges), with the cite-group,
/// year-suffix and after-collapse delimiters.
/// </summary>
internal static class Collapser
{
    /// <summary>The item's authors (else editors) as one text, for grouping cites that render no names; null without any.</summary>
    private static string? ItemNames(CslProcessor processor, Cite cite)
    {
        var item = processor.Item(cite.Id);
        var names = item.NamesOf("author") is { Count: > 0 } authors ? authors : item.NamesOf("editor");
        return names.Count == 0 ? null : "\u0001" + string.Join("\u0002", names.Select(n => n.IsLiteral ? n.Literal : n.ComparisonKey() is var (family, given) ? family + "\u0003" + given : null));
    }

    /// <summary>The cites grouped by key, the groups in the order of their first cite (a citation holds a handful: keys are compared one by one).</summary>
    private static List<List<Cite>> ByKey(List<(Cite Cite, string? Names)> named, Func<(Cite Cite, string? Names), string> key)
    {
        var keys = new List<string>(named.Count);
        var groups = new List<List<Cite>>(named.Count);
        foreach (var x in named)
        {
            var current = key(x);
            var at = keys.FindIndex(k => string.Equals(k, current, StringComparison.Ordinal));
            if (at < 0)
            {
                keys.Add(current);
                groups.Add([x.Cite]);
            }
            else
            {
                groups[at].Add(x.Cite);
            }
        }

        return groups;
    }

    /// <summary>Runs of neighbouring cites with the same key, in order.</summary>
    private static List<List<Cite>> Neighbours(List<(Cite Cite, string? Names)> named, Func<(Cite Cite, string? Names), string> key)
    {
        var runs = new List<List<Cite>>();
        string? last = null;
        foreach (var x in named)
        {
            var current = key(x);
            if (runs.Count == 0 || !string.Equals(current, last, StringComparison.Ordinal))
            {
                runs.Add([]);
            }

            runs[^1].Add(x.Cite);
            last = current;
        }

        return runs;
    }

    /// <summary>
    /// Whether the after-collapse delimiter goes between a group of cites and the next: after a group that collapsed;
    /// and, where the style sets the delimiter, between any two groups under year collapsing (a style that sets it
    /// for "(Whittaker 1967, 1975; Wiens 1989)" writes "(Whittaker 1967; Wiens 1989)" too) and after a cite with a
    /// locator ("Wong 1999, 328; Garcia 1998"), as the reference processors join them. Collapsing by year suffix alone
    /// keeps the layout's delimiter after a group of one.
    /// </summary>
    private static bool AfterCollapseBetween(IReadOnlyDictionary<string, string> options, string? collapse, List<Cite> previous)
    {
        if (collapse is null)
        {
            return false;
        }

        if (previous.Count > 1)
        {
            return true;
        }

        return options.ContainsKey("after-collapse-delimiter") && (collapse != "year-suffix" || previous[^1].Locator is not null);
    }

    /// <param name="sorted">Whether the cites are in the style's sort order: only then do all of one author's cites stand together.</param>
    public static List<Output> Collapse(CslProcessor processor, Section section, List<Cite> cites, bool sorted)
    {
        var options = section.Options;
        var delimiter = section.Layout.Delimiter ?? "";
        var (collapse, grouping) = processor.Collapsing(section);
        if (collapse == "citation-number")
        {
            return Numbers(processor, section, cites, delimiter, options.GetValueOrDefault("after-collapse-delimiter") ?? delimiter);
        }

        if (!grouping || cites.Count < 2)
        {
            var joined = new List<Output>(2 * cites.Count);
            foreach (var cite in cites)
            {
                Add(joined, processor.Cite(section, cite), delimiter);
            }

            return joined;
        }

        // cites whose names render alike stand together, in order of their first
        var rendered = new Dictionary<Cite, Output>(cites.Count, ReferenceEqualityComparer.Instance); // each cite as a whole, rendered once
        var named = new List<(Cite Cite, string? Names)>(cites.Count);
        foreach (var c in cites)
        {
            named.Add((c, NamesOf(rendered[c] = processor.Cite(section, c))));
        }

        // a cite that shows no names (a layout of years alone) groups by its item's authors, as the reference processors
        // group it; one whose author is suppressed stands alone
        // (sorted, all of one author's cites stand together; otherwise the cites keep the order they were written in,
        // and only neighbours by the same names stand together)
        string GroupKey((Cite Cite, string? Names) x) => x.Names ?? (x.Cite.SuppressAuthor ? null : ItemNames(processor, x.Cite)) ?? "\u0000" + x.Cite.Id;
        var groups = sorted ? ByKey(named, GroupKey) : Neighbours(named, GroupKey);
        if (collapse is not null && section.Sort.Count == 0)
        {
            // a collapsed group of suffixed works reads in suffix order: "Doe 1965a, 1965b"
            groups = groups.Select(g => g.All(c => processor.States.GetValueOrDefault(c.Id)?.YearSuffix is not null)
                ? g.OrderBy(c => processor.Item(c.Id).DateOf("issued")?.Year ?? int.MaxValue).ThenBy(c => processor.States[c.Id].YearSuffix, StringComparer.Ordinal).ToList()
                : g).ToList();
        }
        var groupDelimiter = options.GetValueOrDefault("cite-group-delimiter") ?? ", ";
        var afterCollapse = options.GetValueOrDefault("after-collapse-delimiter") ?? delimiter;
        var yearSuffixDelimiter = options.GetValueOrDefault("year-suffix-delimiter") ?? options.GetValueOrDefault("cite-group-delimiter") ?? delimiter;
        var output = new List<Output>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (g > 0)
            {
                output.Add(Delimiter(AfterCollapseBetween(options, collapse, groups[g - 1]) ? afterCollapse : delimiter));
            }

            var suffixRun = false;
            for (var i = 0; i < group.Count; i++)
            {
                var cite = group[i];
                if (i == 0)
                {
                    output.Add(rendered[cite]);
                    continue;
                }

                if (collapse == "year-suffix-ranged" && SuffixRun(processor, group, i) is var run and >= 2)
                {
                    var joinsPrevious = ConsecutiveSuffixes(processor, group[i - 1], cite);
                    if (joinsPrevious || run >= 3)
                    {
                        // "2000a–e" (joining the cite before) or "2000a,c–e": three or more consecutive suffixes become a range
                        if (!joinsPrevious)
                        {
                            output.Add(Delimiter(yearSuffixDelimiter));
                            output.Add(processor.Cite(section, cite with { SuppressAuthor = true, YearSuffixOnly = true }));
                        }

                        output.Add(new TextOutput("–"));
                        output.Add(processor.Cite(section, group[i + run - 1] with { SuppressAuthor = true, YearSuffixOnly = true }));
                        i += run - 1;
                        suffixRun = true;
                        continue;
                    }
                }

                if (collapse is null)
                {
                    // cite-group-delimiter alone: the group stands together, each cite whole
                    output.Add(Delimiter(groupDelimiter));
                    output.Add(rendered[cite]);
                    continue;
                }

                var sameYear = collapse is "year-suffix" or "year-suffix-ranged"
                    && processor.Item(cite.Id).DateOf("issued")?.Year == processor.Item(group[i - 1].Id).DateOf("issued")?.Year
                    && processor.States.GetValueOrDefault(cite.Id)?.YearSuffix is not null && cite.Locator is null && group[i - 1].Locator is null;
                var next = processor.Cite(section, cite with { SuppressAuthor = true, YearSuffixOnly = sameYear });
                if (next.IsEmpty)
                {
                    continue;
                }

                // after a cite with a locator or suffix, or after a run of suffixes, the group goes on with the after-collapse delimiter
                var previous = group[i - 1];
                var afterSuffixRun = !sameYear && i >= 2 && collapse is "year-suffix" or "year-suffix-ranged" && suffixRun;
                output.Add(Delimiter(sameYear ? yearSuffixDelimiter : previous.Locator is not null || previous.Suffix is not null || afterSuffixRun ? afterCollapse : groupDelimiter));
                suffixRun = sameYear;
                output.Add(next);
            }
        }

        return output;
    }

    /// <summary>How many cites from <paramref name="start"/> on share the previous cite's year with consecutive suffixes.</summary>
    private static int SuffixRun(CslProcessor processor, List<Cite> group, int start)
    {
        string? Suffix(int i) => processor.States.GetValueOrDefault(group[i].Id)?.YearSuffix;
        int? Year(int i) => processor.Item(group[i].Id).DateOf("issued")?.Year;
        if (Suffix(start) is null || Year(start) != Year(start - 1) || group[start].Locator is not null)
        {
            return 0;
        }

        var run = 1;
        while (start + run < group.Count && Year(start + run) == Year(start) && Suffix(start + run) is { Length: 1 } next
               && Suffix(start + run - 1) is { Length: 1 } previous && next[0] == previous[0] + 1 && group[start + run].Locator is null)
        {
            run++;
        }

        return run;
    }

    private static bool ConsecutiveSuffixes(CslProcessor processor, Cite before, Cite cite) =>
        processor.States.GetValueOrDefault(before.Id)?.YearSuffix is { Length: 1 } a && processor.States.GetValueOrDefault(cite.Id)?.YearSuffix is { Length: 1 } b
        && b[0] == a[0] + 1 && processor.Item(before.Id).DateOf("issued")?.Year == processor.Item(cite.Id).DateOf("issued")?.Year;

    private static string? NamesOf(Output cite) => OutputParts.FirstPrinted(cite, "names")?.Plain();

    /// <summary>"[1–3, 5]": three or more consecutive numbers become a range.</summary>
    private static List<Output> Numbers(CslProcessor processor, Section section, List<Cite> cites, string delimiter, string afterCollapse)
    {
        var numbered = cites.Select(c => (Cite: c, Number: processor.Context(section, processor.Item(c.Id), c).CitationNumber ?? 0)).ToList();
        var output = new List<Output>();
        var i = 0;
        var previousWasRange = false;
        while (i < numbered.Count)
        {
            var j = i;
            while (j + 1 < numbered.Count && numbered[j + 1].Number == numbered[j].Number + 1 && Plain(numbered[j + 1].Cite) && Plain(numbered[j].Cite))
            {
                j++;
            }

            if (output.Count > 0)
            {
                output.Add(Delimiter(previousWasRange ? afterCollapse : delimiter));
            }

            if (j - i >= 2)
            {
                output.Add(processor.Cite(section, numbered[i].Cite));
                output.Add(new TextOutput("–"));
                output.Add(processor.Cite(section, numbered[j].Cite));
                previousWasRange = true;
            }
            else
            {
                output.AddRange(Join(numbered.Skip(i).Take(j - i + 1).Select(n => processor.Cite(section, n.Cite)).ToList(), delimiter));
                previousWasRange = false;
            }

            i = j + 1;
        }

        return output;
    }

    private static TextOutput Delimiter(string text) => new(text) { Part = OutputParts.CiteDelimiter };

    private static bool Plain(Cite cite) => cite.Locator is null && cite.Prefix is null && cite.Suffix is null;

    private static List<Output> Join(List<Output> cites, string delimiter)
    {
        var output = new List<Output>(2 * cites.Count);
        foreach (var cite in cites)
        {
            Add(output, cite, delimiter);
        }

        return output;
    }

    /// <summary>A cite at the end of a joined list, after the delimiter; an empty cite adds nothing.</summary>
    private static void Add(List<Output> output, Output cite, string delimiter)
    {
        if (cite.IsEmpty)
        {
            return;
        }

        if (output.Count > 0)
        {
            output.Add(Delimiter(delimiter));
        }

        output.Add(cite);
    }
}
