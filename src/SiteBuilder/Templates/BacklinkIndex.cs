using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>For each reference, the essays that cite it and each citing passage, in essay order then document order.</summary>
internal sealed class BacklinkIndex
{
    private readonly Dictionary<string, List<CitingEssayModel>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RenderedDocument>> essaysByKey = new(StringComparer.Ordinal);

    /// <param name="contributions">Where each essay's part comes from: <see cref="Contribution"/>, or the preview's memo of it.</param>
    public BacklinkIndex(IEnumerable<RenderedDocument> essays, Func<RenderedDocument, IReadOnlyList<(string Key, CitingEssayModel Essay)>>? contributions = null)
    {
        contributions ??= Contribution;
        foreach (var essay in essays)
        {
            foreach (var (key, citing) in contributions(essay))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(citing);
                if (!essaysByKey.TryGetValue(key, out var documents))
                {
                    essaysByKey[key] = documents = [];
                }

                documents.Add(essay);
            }
        }
    }

    /// <summary>One essay's part of the index: for each reference it cites, the passages that cite it.</summary>
    public static IReadOnlyList<(string Key, CitingEssayModel Essay)> Contribution(RenderedDocument essay) =>
        essay.Citations
            .SelectMany(o => o.Citation.Items.Select(i => i.Key).Distinct().Select(key => (Key: key, Passage: new PassageModel(o.Section, o.Excerpt, essay.Item.Url + "#" + (o.Anchor.Length > 0 ? o.Anchor : o.ParagraphId)))))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, new CitingEssayModel(essay.Item.Meta.Title, essay.Item.Url, g.Select(x => x.Passage).ToList())))
            .ToList();

    public IReadOnlyList<CitingEssayModel> For(string key) => byKey.GetValueOrDefault(key) ?? [];

    /// <summary>The essays that cite the reference, in the order of <see cref="For"/>: what its passages come from.</summary>
    public IReadOnlyList<RenderedDocument> EssaysFor(string key) => essaysByKey.GetValueOrDefault(key) ?? [];

    /// <summary>How many passages cite the reference, over all essays.</summary>
    public int CountFor(string key) => For(key).Sum(e => e.Passages.Count);
}
