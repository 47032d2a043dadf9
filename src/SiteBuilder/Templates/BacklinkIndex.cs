using SiteBuilder.Content;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>For each reference, every passage that cites it, in essay order then document order.</summary>
internal sealed class BacklinkIndex
{
    private readonly Dictionary<string, List<CitedInModel>> byKey = new(StringComparer.Ordinal);

    public BacklinkIndex(IEnumerable<RenderedDocument> essays)
    {
        foreach (var essay in essays)
        {
            foreach (var occurrence in essay.Citations)
            {
                foreach (var key in occurrence.Node.Citation.Items.Select(i => i.Key).Distinct())
                {
                    if (!byKey.TryGetValue(key, out var list))
                    {
                        byKey[key] = list = [];
                    }

                    list.Add(new CitedInModel(essay.Item.Meta.Title, occurrence.Section, occurrence.Excerpt, essay.Item.Url + "#" + occurrence.ParagraphId));
                }
            }
        }
    }

    public IReadOnlyList<CitedInModel> For(string key) => byKey.GetValueOrDefault(key) ?? [];

    public bool IsCited(string key) => byKey.ContainsKey(key);
}
