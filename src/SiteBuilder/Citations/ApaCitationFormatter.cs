namespace SiteBuilder.Citations;

/// <summary>Formats APA 7 in-text citations, parenthetical and narrative.</summary>
internal sealed class ApaCitationFormatter(Func<string, Reference> find, IReadOnlyDictionary<string, string> years)
{
    public FormattedCitation Format(Citation citation) =>
        citation.Narrative ? Narrative(citation.Items[0]) : Parenthetical(citation.Items);

    /// <summary>"Levine and Heller (2010, pp. 70–85)".</summary>
    private FormattedCitation Narrative(CitationItem item)
    {
        var reference = find(item.Key);
        var inside = Join(years[item.Key], LocatorText(item.Locator), item.Suffix);
        var author = item.SuppressAuthor ? "" : Author(reference, narrative: true) + " ";
        return new FormattedCitation([new CitationPiece(item.Key, $"{author}({inside})")]);
    }

    /// <summary>"(see Johnson, 2008; Levine &amp; Heller, 2010, pp. 70–85)".</summary>
    private FormattedCitation Parenthetical(IReadOnlyList<CitationItem> items)
    {
        var ordered = items.Any(i => i.Prefix is not null || i.Suffix is not null)
            ? items
            : items.OrderBy(i => ApaStyle.SortKey(find(i.Key)), StringComparer.OrdinalIgnoreCase)
                .ThenBy(i => years[i.Key], StringComparer.Ordinal)
                .ToList();

        var pieces = new List<CitationPiece> { new(null, "(") };
        for (var i = 0; i < ordered.Count; i++)
        {
            var item = ordered[i];
            if (i > 0)
            {
                pieces.Add(new CitationPiece(null, "; "));
            }

            if (item.Prefix is not null)
            {
                pieces.Add(new CitationPiece(null, item.Prefix + " "));
            }

            var author = item.SuppressAuthor ? null : Author(find(item.Key), narrative: false);
            pieces.Add(new CitationPiece(item.Key, Join(author, years[item.Key], LocatorText(item.Locator))));
            if (item.Suffix is not null)
            {
                pieces.Add(new CitationPiece(null, ", " + item.Suffix));
            }
        }

        pieces.Add(new CitationPiece(null, ")"));
        return new FormattedCitation(pieces);
    }

    private static string Author(Reference reference, bool narrative)
    {
        var names = ApaNames.InText(reference.Authors, narrative);
        if (names.Length > 0)
        {
            return names;
        }

        // No author: APA cites the (short) title, in quotation marks for parts of works.
        var title = ShortTitle(reference.Title);
        return reference.IsArticle || reference.Type == "chapter" ? $"“{title}”" : title;
    }

    private static string ShortTitle(string title)
    {
        var colon = title.IndexOf(':');
        return colon > 0 ? title[..colon] : title;
    }

    internal static string? LocatorText(Locator? locator) => locator switch
    {
        null => null,
        { Label: "page" } => (locator.IsRange ? "pp. " : "p. ") + ApaEntryFormatter.EnDash(locator.Value),
        { Label: "paragraph" } => "para. " + locator.Value,
        { Label: var label } => char.ToUpperInvariant(label[0]) + label[1..] + " " + locator.Value,
    };

    private static string Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
