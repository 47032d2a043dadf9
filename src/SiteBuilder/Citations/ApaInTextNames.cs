using SiteBuilder.Csl.Data;

namespace SiteBuilder.Citations;

/// <summary>
/// How many authors, and whether with initials, an in-text citation names, decided over one reference list
/// (APA 8.18–8.20): first authors who share a surname but not a person get their initials everywhere, and works
/// whose "Author et al., year" would read alike name as many authors as it takes to tell them apart.
/// </summary>
internal sealed class ApaInTextNames
{
    private readonly HashSet<string> sharedSurnames;
    private readonly Dictionary<string, int> namesShown = new(StringComparer.Ordinal);

    public ApaInTextNames(IReadOnlyList<Reference> list, IReadOnlyDictionary<string, string> years)
    {
        sharedSurnames = list.Where(r => r.Authors.Count > 0 && !r.Authors[0].IsLiteral)
            .GroupBy(r => CollationKey.Of(ApaNames.Surname(r.Authors[0])), StringComparer.Ordinal)
            .Where(g => g.Select(r => CollationKey.Of(r.Authors[0].Given ?? "")).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        var etAl = list.Where(r => r.Authors.Count >= 3).ToList();
        foreach (var reference in etAl)
        {
            var shown = 1;
            foreach (var rival in etAl.Where(o => o.Id != reference.Id && years.GetValueOrDefault(o.Id) == years.GetValueOrDefault(reference.Id)))
            {
                var common = reference.Authors.Zip(rival.Authors).TakeWhile(p => Same(p.First, p.Second)).Count();
                if (common > 0 && !(common == reference.Authors.Count && common == rival.Authors.Count))
                {
                    shown = Math.Max(shown, common + 1);
                }
            }

            namesShown[reference.Id] = shown;
        }
    }

    /// <summary>"Smith", "J. Smith &amp; Jones", "Kapoor, Bloom, et al.", "Lee et al."; "" when there are no authors.</summary>
    public string For(Reference reference, bool narrative)
    {
        var names = reference.Authors;
        if (names.Count == 0)
        {
            return "";
        }

        var and = narrative ? "and" : "&";
        var first = Name(names[0], initials: sharedSurnames.Contains(CollationKey.Of(ApaNames.Surname(names[0]))));
        if (names.Count == 1)
        {
            return first;
        }

        if (names.Count == 2)
        {
            return $"{first} {and} {Name(names[1], false)}";
        }

        var shown = namesShown.GetValueOrDefault(reference.Id, 1);
        if (shown >= names.Count)
        {
            return string.Join(", ", names.Take(names.Count - 1).Select((n, i) => i == 0 ? first : Name(n, false))) + $", {and} {Name(names[^1], false)}";
        }

        return shown == 1 ? first + " et al." : string.Join(", ", names.Take(shown).Select((n, i) => i == 0 ? first : Name(n, false))) + ", et al.";
    }

    private static string Name(CslName name, bool initials) =>
        initials && name.Initials().Length > 0 ? name.Initials() + " " + ApaNames.Surname(name) : ApaNames.Surname(name);

    private static bool Same(CslName a, CslName b) =>
        CollationKey.Of(ApaNames.Surname(a)) == CollationKey.Of(ApaNames.Surname(b)) && CollationKey.Of(a.Initials()) == CollationKey.Of(b.Initials());
}
