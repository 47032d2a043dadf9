using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>
/// A passage that cites a work, as the work's back-links show it: the work's key, the passage's section, the
/// sentence around the citation and the place in the page it links to (the citation's anchor, or its paragraph's).
/// A document keeps these, not its citations, once its own page is made: the later pages need no more of them.
/// </summary>
public sealed record CitedPassage(string Key, string? Section, string Excerpt, string Fragment)
{
    /// <summary>
    /// Each citation of the document once for every work it cites, in document order. The keys are the strings of
    /// the document's bibliography where it lists the work (one copy a work, not one a citation).
    /// </summary>
    public static IReadOnlyList<CitedPassage> Of(IReadOnlyList<CitationOccurrence> citations, IReadOnlyList<BibliographyEntry> bibliography)
    {
        if (citations.Count == 0)
        {
            return [];
        }

        var passages = new List<CitedPassage>(citations.Count);
        foreach (var occurrence in citations)
        {
            var items = occurrence.Citation.Items;
            for (var i = 0; i < items.Count; i++)
            {
                var key = items[i].Key;
                if (FirstOf(items, key) == i)
                {
                    passages.Add(new CitedPassage(Shared(key, bibliography), occurrence.Section, occurrence.Excerpt, occurrence.Anchor.Length > 0 ? occurrence.Anchor : occurrence.ParagraphId));
                }
            }
        }

        return passages;
    }

    private static int FirstOf(IReadOnlyList<CitationItem> items, string key)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shared(string key, IReadOnlyList<BibliographyEntry> bibliography)
    {
        foreach (var entry in bibliography)
        {
            if (entry.Reference.Id == key)
            {
                return entry.Reference.Id;
            }
        }

        return key;
    }
}
