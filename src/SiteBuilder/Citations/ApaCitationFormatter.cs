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
        string? previousAuthor = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var item = ordered[i];
            var author = item.SuppressAuthor ? null : Author(find(item.Key), narrative: false);

            // The same authors' works share one name: (Smith, 2001, 2005), (Smith, 2010a, 2010b).
            var collapsed = i > 0 && author is not null && author == previousAuthor && item.Prefix is null && ordered[i - 1].Suffix is null;
            if (i > 0)
            {
                pieces.Add(new CitationPiece(null, collapsed ? ", " : "; "));
            }

            if (item.Prefix is not null)
            {
                pieces.Add(new CitationPiece(null, item.Prefix + " "));
            }

            previousAuthor = author;
            pieces.Add(new CitationPiece(item.Key, Join(collapsed ? null : author, years[item.Key], LocatorText(item.Locator))));
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
        { Label: "page" } => (locator.IsRange ? "pp. " : "p. ") + ExpandRange(ApaEntryFormatter.EnDash(locator.Value)),
        { Label: "paragraph" } => "para. " + locator.Value,
        { Label: var label } => char.ToUpperInvariant(label[0]) + label[1..] + " " + locator.Value,
    };

    /// <summary>"133–5" as "133–135": APA gives page ranges in full; ranges already in full stay as written.</summary>
    internal static string ExpandRange(string range)
    {
        var dash = range.IndexOf('–');
        if (dash <= 0 || range.IndexOf('–', dash + 1) >= 0)
        {
            return range;
        }

        var (first, last) = (range[..dash].Trim(), range[(dash + 1)..].Trim());
        return first.All(char.IsAsciiDigit) && last.All(char.IsAsciiDigit) && last.Length > 0 && last.Length < first.Length
            && int.Parse(first[..(first.Length - last.Length)] + last, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(first, System.Globalization.CultureInfo.InvariantCulture)
            ? first + "–" + first[..(first.Length - last.Length)] + last
            : range;
    }

    private static string Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
