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

    /// <summary>The pieces of text that stand between cites, by their text (pieces are immutable; a lone text is written alike wherever it stands).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CitationPiece> textPieces = new(StringComparer.Ordinal);

    /// <summary>
    /// Citations of one cite written from templates, for a style that neither numbers cites nor tells their
    /// positions (with either, a citation depends on the others of its document); null for any other.
    /// </summary>
    private readonly CiteTemplates? templates = style.IsNote || style.UsesPositions || style.UsesCitationNumber ? null : new();

    /// <summary>Whether citations are written from templates where the style allows it: on unless turned off (tests compare both ways).</summary>
    internal bool WritesFromTemplates { get => templates is not null; init => templates = value ? templates : null; }

    /// <summary>How many templates were made that serve locators of the shape (a style that writes its digits its own way makes none).</summary>
    internal int TemplatesMade(CiteTemplates.Shape shape, string? label = null) => templates?.Made(shape, label) ?? 0;

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
    private static string YearLabel(Reference reference, string? suffix)
    {
        var year = reference.YearText;
        return suffix is null ? year : year + (char.IsAsciiDigit(year[^1]) ? "" : "-") + suffix;
    }

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
        var requests = new List<CitationRequest>(citations.Count + 2);
        foreach (var citation in citations)
        {
            // in a note, a narrative citation is written whole; its names stay in the sentence
            var cites = new Cite[citation.Items.Count];
            var keepOrder = false;
            for (var k = 0; k < cites.Length; k++)
            {
                var item = citation.Items[k];
                cites[k] = Cite(item, suppressAuthor: item.SuppressAuthor || (citation.Narrative && !style.IsNote));
                keepOrder |= item.Prefix is not null || item.Suffix is not null; // "see A; B" keeps the order it was written in
            }

            requests.Add(new CitationRequest(cites, citation.NoteNumber, keepOrder));
        }

        // a narrative citation ("Levine and Heller (2010)") is the cite's names, then the cite without them
        Dictionary<int, int>? narrative = null;
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i].Narrative)
            {
                (narrative ??= [])[i] = requests.Count;
                requests.Add(new CitationRequest([Cite(citations[i].Items[0], suppressAuthor: false) with { AuthorOnly = true }], citations[i].NoteNumber));
            }
        }

        var writer = RentWriter(); // one for the document's pieces
        var formatted = new FormattedCitation[citations.Count];
        if (templates is not null && citations.Count > 0)
        {
            FromTemplates(templates, citations, requests, narrative, processor, writer, formatted);
        }

        var outputs = requests.Count == 0 ? [] : processor.Citations(requests);
        for (var i = 0; i < citations.Count; i++)
        {
            if (formatted[i] is not null)
            {
                continue; // written from its template
            }

            var names = narrative is not null && narrative.TryGetValue(i, out var at) ? Names(outputs[at], writer) : null;
            formatted[i] = style.IsNote
                ? Pieces(outputs[i], null, writer) with { NamesInText = names is null ? null : new CitationPiece(citations[i].Items[0].Key, names.ToPlainText()) { Rich = names } }
                : Pieces(outputs[i], names, writer);
        }

        // the document's entries agree with its citations (numbers, suffixes): an entry that depends only on its item
        // and year label is the one formatted once per build; otherwise the document's processor writes the list
        var ids = new string[list.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = list[i].Id;
        }

        IReadOnlyList<BibliographyEntry> entries = processor.EntriesStandAlone
            ? StandAloneEntries(InOrder(list, processor.Order(ids)), processor, entry)
            : processor.Bibliography(ids).Where(o => o.ItemId is not null).Select(o => new BibliographyEntry(list.First(r => r.Id == o.ItemId), Text(o, writer))).ToList();
        writers.Add(writer);
        return (formatted, entries);
    }

    /// <summary>
    /// Writes each citation of one cite whose work reads in this document as it reads elsewhere from its template (see
    /// <see cref="CiteTemplates"/>), and marks its requests written (a narrative citation has two): the engine still
    /// counts them, for disambiguation, but formats them no more. The document is disambiguated first, once: the
    /// engine finds it done.
    /// </summary>
    private void FromTemplates(CiteTemplates templates, IReadOnlyList<Citation> citations, List<CitationRequest> requests, Dictionary<int, int>? narrative, CslProcessor processor, OutputWriter writer, FormattedCitation[] formatted)
    {
        var ids = new List<string>(citations.Count + 4);
        for (var c = 0; c < citations.Count; c++)
        {
            for (var k = 0; k < citations[c].Items.Count; k++)
            {
                ids.Add(citations[c].Items[k].Key);
            }
        }

        processor.Disambiguate(ids);
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i];
            if (citation.Items.Count != 1 || processor.Reading(citation.Items[0].Key) is not { } reading
                || processor.Find(citation.Items[0].Key) is not { } item)
            {
                continue;
            }

            var state = (Style: this, Processor: processor, Writer: writer, Citation: citation);
            var written = templates.Written(item, reading, citation.Items[0], citation.Narrative, state, static (s, locator) => s.Style.Lone(s.Citation, locator, s.Processor, s.Writer));
            if (written is not null)
            {
                formatted[i] = written;
                requests[i] = requests[i] with { WrittenElsewhere = true };
                if (narrative is not null && narrative.TryGetValue(i, out var names))
                {
                    requests[names] = requests[names] with { WrittenElsewhere = true };
                }
            }
        }
    }

    /// <summary>A citation of one cite, with <paramref name="locator"/> for its own, written as the document's other citations are (in a style without notes).</summary>
    private FormattedCitation Lone(Citation citation, string? locator, CslProcessor processor, OutputWriter writer)
    {
        var item = citation.Items[0];
        item = item.Locator is null ? item : item with { Locator = item.Locator with { Value = locator! } };
        var names = citation.Narrative ? Names(processor.LoneCitation(Cite(item, suppressAuthor: false) with { AuthorOnly = true }), writer) : null;
        return Pieces(processor.LoneCitation(Cite(item, suppressAuthor: item.SuppressAuthor || citation.Narrative)), names, writer);
    }

    /// <summary>The list's references in the order of their ids (a document's list is a handful; a whole library's goes through a table).</summary>
    private static List<Reference> InOrder(IReadOnlyList<Reference> list, IReadOnlyList<string> order)
    {
        var ordered = new List<Reference>(order.Count);
        if (list.Count > 16)
        {
            var byId = list.ToDictionary(r => r.Id, StringComparer.Ordinal);
            foreach (var id in order)
            {
                ordered.Add(byId[id]);
            }

            return ordered;
        }

        foreach (var id in order)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (string.Equals(list[i].Id, id, StringComparison.Ordinal))
                {
                    ordered.Add(list[i]);
                    break;
                }
            }
        }

        return ordered;
    }

    /// <summary>
    /// Each entry on its own, in the list's order; a long list (a whole library under <c>nocite</c>) on all cores, as
    /// each entry depends only on its item and label and <paramref name="entry"/> is safe to call from any thread.
    /// </summary>
    private static BibliographyEntry[] StandAloneEntries(List<Reference> ordered, CslProcessor processor, Func<Reference, string, FormattedText> entry)
    {
        var entries = new BibliographyEntry[ordered.Count];
        if (ordered.Count >= 256)
        {
            Parallel.For(0, ordered.Count, i => entries[i] = new BibliographyEntry(ordered[i], entry(ordered[i], YearLabel(ordered[i], processor.YearSuffix(ordered[i].Id)))));
        }
        else
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                entries[i] = new BibliographyEntry(ordered[i], entry(ordered[i], YearLabel(ordered[i], processor.YearSuffix(ordered[i].Id))));
            }
        }

        return entries;
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
    private FormattedText? Names(CslOutput citation, OutputWriter writer) => OutputParts.FirstPrinted(citation, "names") is { } names ? Text(names, writer) : null;

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

        if (node is TextOutput { Part: not "locator" } leaf && !leaf.IsEmpty)
        {
            // text between cites ("(", "; ", "see ") is written alone the same way every time: once per build
            pieces.Add(textPieces.TryGetValue(leaf.Text, out var known) ? known : textPieces.GetOrAdd(leaf.Text, TextPiece(leaf, writer)));
        }
        else if (!node.IsEmpty)
        {
            pieces.Add(TextPiece(node, writer));
        }
    }

    private CitationPiece TextPiece(CslOutput node, OutputWriter writer)
    {
        var text = Text(node, writer);
        return new CitationPiece(null, text.ToPlainText()) { Rich = text };
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
