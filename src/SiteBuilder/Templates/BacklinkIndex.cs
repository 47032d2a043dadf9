using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>For each reference, the essays that cite it and each citing passage, in essay order then document order.</summary>
internal sealed class BacklinkIndex
{
    private readonly Dictionary<string, List<CitingEssayModel>> byKey = new(StringComparer.Ordinal);

    public BacklinkIndex(IEnumerable<RenderedDocument> essays)
    {
        foreach (var essay in essays)
        {
            var passages = essay.Citations
                .SelectMany(o => o.Citation.Items.Select(i => i.Key).Distinct().Select(key => (Key: key, Passage: new PassageModel(o.Section, o.Excerpt, essay.Item.Url + "#" + o.ParagraphId))))
                .GroupBy(x => x.Key, StringComparer.Ordinal);
            foreach (var group in passages)
            {
                if (!byKey.TryGetValue(group.Key, out var list))
                {
                    byKey[group.Key] = list = [];
                }

                list.Add(new CitingEssayModel(essay.Item.Meta.Title, essay.Item.Url, group.Select(x => x.Passage).ToList()));
            }
        }
    }

    public IReadOnlyList<CitingEssayModel> For(string key) => byKey.GetValueOrDefault(key) ?? [];

    /// <summary>How many passages cite the reference, over all essays.</summary>
    public int CountFor(string key) => For(key).Sum(e => e.Passages.Count);
}
