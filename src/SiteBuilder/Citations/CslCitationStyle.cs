using System.Text.RegularExpressions;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Processing;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;
using CslOutput = SiteBuilder.Csl.Rendering.Output;

namespace SiteBuilder.Citations;

/// <summary>
/// A CSL style from styles/, formatting through SiteBuilder.Csl: each document's citations in one batch against
/// its reference list, entries with the year suffixes of their list. The engine's tree keeps each cite's item, so
/// every work in a citation links to its own reference page, whatever the style.
/// </summary>
internal sealed partial class CslCitationStyle(CslStyle style, CslLocale locale, string name) : ICitationStyle
{
    private readonly StyleCache shared = new(); // sort keys and plain cites, made once per build
    private readonly System.Collections.Concurrent.ConcurrentBag<OutputWriter> writers = []; // writers with their buffers, for any thread to reuse

    public string Name => name;

    public bool IsNoteStyle => style.IsNote;

    public IReadOnlyList<Reference> Sort(IEnumerable<Reference> references)
    {
        var list = references.ToList();
        if (style.Bibliography is not { Sort.Count: > 0 })
        {
            return list;
        }

        var byId = list.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return Processor(list).Order(list.Select(r => r.Id)).Select(id => byId[id]).ToList();
    }

    public IReadOnlyDictionary<string, string> YearLabels(IReadOnlyList<Reference> list)
    {
        // the shared sort keys, but not the shared cites: the whole list's cites (a 50,000-entry library under nocite)
        // would stay in memory, rendered once for this and never again; documents have already cached those they share
        var processor = new CslProcessor(style, list.Select(r => r.Item), locale, shared.WithoutCites()) { ShortTitlesWithoutSubtitle = true };
        processor.Disambiguate(list.Select(r => r.Id));
        return list.ToDictionary(r => r.Id, r => YearLabel(r, processor.YearSuffix(r.Id)), StringComparer.Ordinal);
    }

    /// <summary>"2010a", "n.d.-a", "in press-b": the year and the suffix its list gave it.</summary>
    private static string YearLabel(Reference reference, string? suffix) =>
        suffix is null ? reference.YearText : reference.YearText + (char.IsAsciiDigit(reference.YearText[^1]) ? "" : "-") + suffix;

    public FormattedText FormatEntry(Reference reference, string yearLabel)
    {
        var year = reference.YearText;
        var suffix = yearLabel.StartsWith(year, StringComparison.Ordinal) && yearLabel.Length > year.Length ? yearLabel[year.Length..].TrimStart('-') : null;
        var output = Processor([reference]).Entry(reference.Id, suffix);
        if (output is null)
        {
            return FormattedText.FromHtml("", "");
        }

        var writer = RentWriter();
        var text = Text(output, writer);
        writers.Add(writer);
        return text;
    }

    public (IReadOnlyList<FormattedCitation> Citations, IReadOnlyList<BibliographyEntry> Bibliography) FormatDocument(
        IReadOnlyList<Citation> citations, IReadOnlyList<Reference> list, Func<Reference, string, FormattedText> entry)
    {
        var processor = Processor(list);
        // a citation with an author's prefix or suffix keeps the order it was written in ("see A; B")
        // in a note, a narrative citation is written whole; its names stay in the sentence
        var requests = citations.Select(c => new CitationRequest(c.Items.Select(i => Cite(i, suppressAuthor: i.SuppressAuthor || (c.Narrative && !style.IsNote))).ToList(),
            c.NoteNumber, KeepOrder: c.Items.Any(i => i.Prefix is not null || i.Suffix is not null))).ToList();

        // a narrative citation ("Levine and Heller (2010)") is the cite's names, then the cite without them
        var narrative = new Dictionary<int, int>();
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i].Narrative)
            {
                narrative[i] = requests.Count;
                requests.Add(new CitationRequest([Cite(citations[i].Items[0], suppressAuthor: false) with { AuthorOnly = true }], citations[i].NoteNumber));
            }
        }

        var outputs = requests.Count == 0 ? [] : processor.Citations(requests);
        var writer = RentWriter(); // one for the document's pieces
        var formatted = citations.Select((c, i) => style.IsNote
            ? Pieces(outputs[i], null, writer) with { NamesInText = narrative.TryGetValue(i, out var names) && Names(outputs[names], writer) is { } text ? new CitationPiece(c.Items[0].Key, text.ToPlainText()) { Rich = text } : null }
            : Pieces(outputs[i], narrative.TryGetValue(i, out var full) ? Names(outputs[full], writer) : null, writer)).ToList();

        // the document's entries agree with its citations (numbers, suffixes): an entry that depends only on its item
        // and year label is the one formatted once per build; otherwise the document's processor writes the list
        var byId = list.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var entries = processor.EntriesStandAlone
            ? StandAloneEntries(processor.Order(list.Select(r => r.Id)).Select(id => byId[id]).ToList(), processor, entry)
            : processor.Bibliography(list.Select(r => r.Id)).Where(o => o.ItemId is not null).Select(o => new BibliographyEntry(byId[o.ItemId!], Text(o, writer))).ToList();
        writers.Add(writer);
        return (formatted, entries);
    }

    /// <summary>
    /// Each entry on its own, in the list's order; a long list (a whole library under <c>nocite</c>) on all cores, as
    /// each entry depends only on its item and label and <paramref name="entry"/> is safe to call from any thread.
    /// </summary>
    private static List<BibliographyEntry> StandAloneEntries(List<Reference> ordered, CslProcessor processor, Func<Reference, string, FormattedText> entry)
    {
        var labels = ordered.Select(r => YearLabel(r, processor.YearSuffix(r.Id))).ToList();
        var texts = new FormattedText[ordered.Count];
        if (ordered.Count >= 256)
        {
            Parallel.For(0, ordered.Count, i => texts[i] = entry(ordered[i], labels[i]));
        }
        else
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                texts[i] = entry(ordered[i], labels[i]);
            }
        }

        return ordered.Select((r, i) => new BibliographyEntry(r, texts[i])).ToList();
    }

    private OutputWriter RentWriter() => writers.TryTake(out var writer) ? writer : OutputWriter.ForHtmlWithClasses(locale);

    /// <summary>A processor for these references; a site's short titles leave out subtitles (see <see cref="CslProcessor.ShortTitlesWithoutSubtitle"/>).</summary>
    private CslProcessor Processor(IEnumerable<Reference> references) => new(style, references.Select(r => r.Item), locale, shared) { ShortTitlesWithoutSubtitle = true };

    private static Cite Cite(CitationItem item, bool suppressAuthor) => new(item.Key)
    {
        Locator = item.Locator?.Value,
        Label = item.Locator?.Label,
        Prefix = item.Prefix is null ? null : item.Prefix + " ",
        Suffix = item.Suffix is null ? null : ", " + item.Suffix,
        SuppressAuthor = suppressAuthor,
    };

    /// <summary>The names part of a cite, written on its own (for narrative citations).</summary>
    private FormattedText? Names(CslOutput citation, OutputWriter writer) => Find(citation, o => o.Part == "names" && !o.IsEmpty) is { } names ? Text(names, writer) : null;

    private static CslOutput? Find(CslOutput node, Func<CslOutput, bool> match) =>
        match(node) ? node : node is GroupOutput g ? g.Children.Select(c => Find(c, match)).FirstOrDefault(n => n is not null) : null;

    /// <summary>The citation as pieces: each cite (tagged with its item) links to its reference; the rest joins them.</summary>
    private FormattedCitation Pieces(CslOutput citation, FormattedText? narrativeNames, OutputWriter writer)
    {
        var pieces = new List<CitationPiece>();
        Flatten(citation, pieces, writer);
        if (narrativeNames is not null && pieces.Count(p => p.Key is not null) == 1)
        {
            // "Johnson (2008, p. 3)": the names and the parenthesis are one link to the work
            var whole = FormattedText.Concat(narrativeNames, FormattedText.FromHtml(" ", " "), Text(citation, writer));
            return new FormattedCitation([new CitationPiece(pieces.First(p => p.Key is not null).Key, whole.ToPlainText()) { Rich = whole }]);
        }

        if (narrativeNames is not null && pieces.FirstOrDefault(p => p.Key is not null) is { } first)
        {
            pieces.Insert(0, new CitationPiece(first.Key, narrativeNames.ToPlainText()) { Rich = narrativeNames });
            pieces.Insert(1, new CitationPiece(null, " "));
        }

        return new FormattedCitation(pieces);
    }

    private void Flatten(CslOutput node, List<CitationPiece> pieces, OutputWriter writer)
    {
        if (node.ItemId is { } id)
        {
            var text = Text(node, writer);
            pieces.Add(new CitationPiece(id, text.ToPlainText()) { Rich = text });
            return;
        }

        if (node is GroupOutput group && HasCite(group))
        {
            var d = group.Decoration;
            Add(pieces, d.Prefix);
            var first = true;
            for (var i = 0; i < group.Children.Count; i++)
            {
                var child = group.Children[i];
                if (child.IsEmpty)
                {
                    continue;
                }

                if (!first)
                {
                    Add(pieces, group.Delimiter);
                }

                first = false;
                Flatten(child, pieces, writer);
            }

            Add(pieces, d.Suffix);
            return;
        }

        if (!node.IsEmpty)
        {
            var text = Text(node, writer);
            pieces.Add(new CitationPiece(null, text.ToPlainText()) { Rich = text });
        }
    }

    private static bool HasCite(CslOutput node)
    {
        if (node.ItemId is not null)
        {
            return true;
        }

        if (node is GroupOutput group)
        {
            for (var i = 0; i < group.Children.Count; i++)
            {
                if (HasCite(group.Children[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Add(List<CitationPiece> pieces, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            pieces.Add(new CitationPiece(null, text));
        }
    }

    private FormattedText Text(CslOutput output, OutputWriter writer)
    {
        var (html, text) = writer.WriteWithText(output);
        // a line never breaks at an em dash between words ("find—and keep—love"), so none begins with one
        return FormattedText.FromHtml(Linked(html.Contains('—') ? DashCompound().Replace(html, "<span class=\"nobr\">$0</span>") : html), text);
    }

    /// <summary>Web addresses in an entry (DOIs, URLs) become links.</summary>
    private static string Linked(string html) => html.Contains("http", StringComparison.Ordinal) ? Url().Replace(html, m => $"<a href=\"{m.Value}\">{m.Value}</a>") : html;

    [GeneratedRegex(@"[\p{L}\p{N}]+—[\p{L}\p{N}]+")]
    private static partial Regex DashCompound();

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:)\]]")]
    private static partial Regex Url();

}
