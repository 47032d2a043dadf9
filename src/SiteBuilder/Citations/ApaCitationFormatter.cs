using System.Globalization;

namespace SiteBuilder.Citations;

/// <summary>Formats APA 7 in-text citations, parenthetical and narrative.</summary>
internal sealed class ApaCitationFormatter(Func<string, Reference> find, IReadOnlyDictionary<string, string> years, ApaInTextNames names)
{
    /// <summary>The APA forms of CSL's locator terms (singular, plural); terms spelled out in APA are capitalised.</summary>
    private static readonly Dictionary<string, (string One, string Many)> LocatorTerms = new(StringComparer.Ordinal)
    {
        ["page"] = ("p.", "pp."), ["paragraph"] = ("para.", "paras."), ["chapter"] = ("Chapter", "Chapters"),
        ["section"] = ("Section", "Sections"), ["figure"] = ("Figure", "Figures"), ["table"] = ("Table", "Tables"),
        ["volume"] = ("Vol.", "Vols."), ["note"] = ("n.", "nn."), ["line"] = ("line", "lines"), ["verse"] = ("verse", "verses"),
        ["issue"] = ("No.", "Nos."), ["part"] = ("Pt.", "Pts."), ["supplement"] = ("Suppl.", "Suppls."), ["book"] = ("Book", "Books"),
        ["column"] = ("col.", "cols."), ["folio"] = ("fol.", "fols."), ["opus"] = ("op.", "opp."), ["sub-verbo"] = ("s.v.", "s.vv."),
        ["appendix"] = ("Appendix", "Appendices"), ["article-locator"] = ("Article", "Articles"), ["equation"] = ("Equation", "Equations"),
        ["act"] = ("Act", "Acts"), ["scene"] = ("Scene", "Scenes"), ["rule"] = ("Rule", "Rules"), ["title-locator"] = ("Title", "Titles"),
        ["version"] = ("Version", "Versions"), ["canon"] = ("Canon", "Canons"), ["elocation"] = ("", ""), ["timestamp"] = ("", ""),
    };

    public FormattedCitation Format(Citation citation) =>
        citation.Narrative ? Narrative(citation.Items[0]) : Parenthetical(citation.Items);

    /// <summary>"Levine and Heller (2010, pp. 70–85)".</summary>
    private FormattedCitation Narrative(CitationItem item)
    {
        var reference = find(item.Key);
        var inside = Join(years[item.Key], LocatorText(item.Locator), item.Suffix);
        if (item.SuppressAuthor)
        {
            return new FormattedCitation([new CitationPiece(item.Key, $"({inside})")]);
        }

        var author = Author(reference, narrative: true);
        return new FormattedCitation([Piece(item.Key, author, $" ({inside})")]);
    }

    /// <summary>"(see Johnson, 2008; Levine &amp; Heller, 2010, pp. 70–85)".</summary>
    private FormattedCitation Parenthetical(IReadOnlyList<CitationItem> items)
    {
        var ordered = items.Any(i => i.Prefix is not null || i.Suffix is not null)
            ? items
            : items.OrderBy(i => ApaStyle.SortKey(find(i.Key)), StringComparer.Ordinal)
                .ThenBy(i => ApaStyle.YearOrder(find(i.Key)))
                .ThenBy(i => years[i.Key], StringComparer.Ordinal)
                .ToList();

        var pieces = new List<CitationPiece> { new(null, "(") };
        string? previousAuthor = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var item = ordered[i];
            var author = item.SuppressAuthor ? null : Author(find(item.Key), narrative: false);

            // The same authors' works share one name: (Smith, 2001, 2005), (Smith, 2010a, 2010b).
            var collapsed = i > 0 && author is not null && author.ToPlainText() == previousAuthor && item.Prefix is null
                && ordered[i - 1].Suffix is null && ordered[i - 1].Locator is null && item.Locator is null;
            if (i > 0)
            {
                pieces.Add(new CitationPiece(null, collapsed ? ", " : "; "));
            }

            if (item.Prefix is not null)
            {
                pieces.Add(new CitationPiece(null, item.Prefix + " "));
            }

            previousAuthor = author?.ToPlainText();
            var rest = Join(years[item.Key], LocatorText(item.Locator));
            pieces.Add(collapsed || author is null ? new CitationPiece(item.Key, rest) : Piece(item.Key, author, ", " + rest));
            if (item.Suffix is not null)
            {
                pieces.Add(new CitationPiece(null, ", " + item.Suffix));
            }
        }

        pieces.Add(new CitationPiece(null, ")"));
        return new FormattedCitation(pieces);
    }

    /// <summary>A cited work's piece: the author (or styled title) and what follows it.</summary>
    private static CitationPiece Piece(string key, FormattedText author, string rest)
    {
        if (author.Runs is [.., { Text: [.., '”'] } last] && rest.StartsWith(','))
        {
            // American punctuation: the comma goes inside the closing quotation mark.
            author = new FormattedText([.. author.Runs.SkipLast(1), last with { Text = last.Text[..^1] + ",”" }]);
            rest = rest[1..];
        }

        var text = author.ToPlainText() + rest;
        return author.Runs.All(r => r.SameStyle(new TextRun(""))) ? new CitationPiece(key, text) : new CitationPiece(key, text) { Rich = new FormattedText([.. author.Runs, new TextRun(rest)]) };
    }

    /// <summary>The authors as APA cites them, or, for a work with no author, its title in title case: italic for whole works, in quotation marks for parts.</summary>
    private FormattedText Author(Reference reference, bool narrative)
    {
        var text = names.For(reference, narrative);
        if (text.Length > 0)
        {
            return new FormattedText([new TextRun(text)]);
        }

        var title = ApaTitleCase.Apply(ShortTitle(reference.Item["title-short"] ?? reference.Title));
        var part = reference.IsArticle || reference.Type is "chapter" or "paper-conference" or "entry" or "entry-dictionary" or "entry-encyclopedia" or "webpage" or "post" or "post-weblog";
        return part
            ? new FormattedTextBuilder().Text("“").Rich(title).Text("”").Build()
            : new FormattedTextBuilder().Rich(title, italic: true).Build();
    }

    private static string ShortTitle(string title)
    {
        var colon = title.IndexOf(':');
        return colon > 0 ? title[..colon] : title;
    }

    internal static string? LocatorText(Locator? locator)
    {
        if (locator is null)
        {
            return null;
        }

        var value = locator.Label == "page" ? ExpandRange(ApaEntryFormatter.EnDash(locator.Value)) : locator.Value;
        if (!LocatorTerms.TryGetValue(locator.Label, out var term))
        {
            term = (char.ToUpperInvariant(locator.Label[0]) + locator.Label[1..], char.ToUpperInvariant(locator.Label[0]) + locator.Label[1..]);
        }

        var label = locator.IsRange ? term.Many : term.One;
        return label.Length == 0 ? value : label + " " + value;
    }

    /// <summary>"133–5" as "133–135": APA gives page ranges in full; ranges already in full stay as written.</summary>
    internal static string ExpandRange(string range)
    {
        var dash = range.IndexOf('–');
        if (dash <= 0 || range.IndexOf('–', dash + 1) >= 0)
        {
            return range;
        }

        var (first, last) = (range[..dash].Trim(), range[(dash + 1)..].Trim());
        if (!first.All(char.IsAsciiDigit) || !last.All(char.IsAsciiDigit) || last.Length == 0 || last.Length >= first.Length)
        {
            return range;
        }

        var full = first[..(first.Length - last.Length)] + last;
        return int.Parse(full, CultureInfo.InvariantCulture) > int.Parse(first, CultureInfo.InvariantCulture) ? first + "–" + full : range;
    }

    private static string Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
