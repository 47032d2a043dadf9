using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>For each reference, the essays that cite it and each citing passage, in essay order then document order.</summary>
internal sealed class BacklinkIndex
{
    private readonly Dictionary<string, List<CitingEssayModel>> byKey = new(StringComparer.Ordinal);

    /// <summary>How many passages cite each reference, counted as the index is made (the lists ask for every work's).</summary>
    private readonly Dictionary<string, int> passages = new(StringComparer.Ordinal);

    /// <summary>The index of the essays, each essay's part made on all cores (it was a serial step between the render phase and the pages).</summary>
    public BacklinkIndex(IReadOnlyList<RenderedDocument> essays)
        : this(Diagnostics.OrderedParallel.Map(essays, (essay, _) => Contribution(essay), new Diagnostics.DiagnosticBag()))
    {
    }

    /// <param name="parts">Each essay's part (<see cref="Contribution"/>), in essay order.</param>
    public BacklinkIndex(IReadOnlyList<IReadOnlyList<(string Key, CitingEssayModel Essay)>> parts)
    {
        foreach (var part in parts)
        {
            foreach (var (key, citing) in part)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(citing);
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(passages, key, out _) += citing.Passages.Count;
            }
        }
    }

    /// <summary>One essay's part of the index: for each reference it cites, the passages that cite it.</summary>
    public static IReadOnlyList<(string Key, CitingEssayModel Essay)> Contribution(RenderedDocument essay) =>
        essay.Passages
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, new CitingEssayModel(essay.Item.Meta.Title, essay.Item.Url, g.Select(p => new PassageModel(p.Section, p.Excerpt, essay.Item.Url + "#" + p.Fragment)).ToList())))
            .ToList();

    /// <summary>
    /// An essay's new part of the index, with each reference's entry taken from its old part where it reads the same
    /// (title, address, every passage), so a page that shows it can tell by identity that it did not change.
    /// </summary>
    public static IReadOnlyList<(string Key, CitingEssayModel Essay)> KeepUnchanged(IReadOnlyList<(string Key, CitingEssayModel Essay)> old, IReadOnlyList<(string Key, CitingEssayModel Essay)> fresh)
    {
        var before = new Dictionary<string, CitingEssayModel>(StringComparer.Ordinal);
        foreach (var (key, essay) in old)
        {
            before[key] = essay;
        }

        var kept = fresh.Select(part => before.TryGetValue(part.Key, out var was) && ReadsTheSame(was, part.Essay) ? (part.Key, was) : part).ToList();
        var unchanged = kept.Count == old.Count && kept.Zip(old).All(pair => pair.First.Key == pair.Second.Key && ReferenceEquals(pair.First.Item2, pair.Second.Essay));
        return unchanged ? old : kept;
    }

    private static bool ReadsTheSame(CitingEssayModel a, CitingEssayModel b) =>
        a.Title == b.Title && a.Url == b.Url && a.Passages.SequenceEqual(b.Passages);

    /// <summary>Each essay that cites the reference, with the passages that do, in essay order.</summary>
    public IReadOnlyList<CitingEssayModel> For(string key) => byKey.GetValueOrDefault(key) ?? [];

    /// <summary>How many passages cite the reference, over all essays.</summary>
    public int CountFor(string key) => passages.GetValueOrDefault(key);
}
