using SiteBuilder.Diagnostics;

namespace SiteBuilder.Citations;

/// <summary>
/// Formats all citations of a document in one batch against the library, as author-date styles need,
/// and builds its bibliography from the cited works plus <c>nocite</c>. It is a pure function of its inputs.
/// </summary>
public sealed class CitationProcessor
{
    private readonly ICitationStyle style;
    private readonly ReferenceLibrary library;
    private readonly Lazy<IReadOnlyDictionary<string, string>> years;
    private readonly Lazy<IReadOnlyList<Reference>> ordered;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<EntryKey, FormattedText> entries;

    public CitationProcessor(ICitationStyle style, ReferenceLibrary library)
        : this(style, library, library.References, new Lazy<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal)), new())
    {
    }

    private CitationProcessor(ICitationStyle style, ReferenceLibrary library, IReadOnlyList<Reference> list, Lazy<IReadOnlyDictionary<string, string>> years, System.Collections.Concurrent.ConcurrentDictionary<EntryKey, FormattedText> entries)
    {
        this.style = style;
        this.library = library;
        this.years = years;
        this.entries = entries;
        ordered = new Lazy<IReadOnlyList<Reference>>(() => style.Sort(list));
    }

    public ICitationStyle Style => style;

    /// <summary>The year labels of this processor's list.</summary>
    private IReadOnlyDictionary<string, string> Years => years.Value;

    /// <summary>
    /// The same processor labelling years over <paramref name="list"/>: the site-wide lists (the references index,
    /// the reading list, the reference pages) are one reference list, each essay's references another.
    /// </summary>
    /// The labels are worked out when first needed (a CSL style labels a document's list while it formats it).
    public CitationProcessor ForList(IReadOnlyList<Reference> list) => new(style, library, list, new Lazy<IReadOnlyDictionary<string, string>>(() => style.YearLabels(list)), entries);

    /// <summary>
    /// Works out the list's order and year labels side by side, before pages that read them run in parallel: made on
    /// first use instead, a large list's labels kept every other page waiting on the one that made them.
    /// </summary>
    public void Prepare() => Parallel.Invoke(() => _ = ordered.Value, () => _ = years.Value);

    /// <summary>This processor's list (the whole library, or the one given to <see cref="ForList"/>) in the style's bibliography order, sorted once.</summary>
    public IReadOnlyList<Reference> Ordered => ordered.Value;

    /// <summary>The year label ("2010", "2010a", "n.d.") the style gives a reference in this processor's list.</summary>
    public string YearLabel(Reference reference) => years.Value.GetValueOrDefault(reference.Id) ?? reference.YearText;

    /// <summary>The reference's entry with its label in this list, formatted once per build however many pages show it (thread-safe).</summary>
    public FormattedText FormatEntry(Reference reference) => FormatEntry(reference, YearLabel(reference));

    /// <summary>The reference's entry with the given year label, formatted once per build for each label (thread-safe).</summary>
    /// <remarks>Every essay's list asks for its entries, so a hit looks up the reference by identity and allocates nothing; only the library's own references are kept.</remarks>
    public FormattedText FormatEntry(Reference reference, string label)
    {
        var key = new EntryKey(reference, label);
        if (entries.TryGetValue(key, out var known))
        {
            return known;
        }

        return ReferenceEquals(library.Find(reference.Id), reference)
            ? entries.GetOrAdd(key, static (k, s) => s.FormatEntry(k.Reference, k.Label), style)
            : style.FormatEntry(reference, label);
    }

    /// <summary>A reference, told apart by identity (the library's own instance), with a year label.</summary>
    private readonly struct EntryKey(Reference reference, string label) : IEquatable<EntryKey>
    {
        public Reference Reference { get; } = reference;

        public string Label { get; } = label;

        public bool Equals(EntryKey other) => ReferenceEquals(Reference, other.Reference) && string.Equals(Label, other.Label, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is EntryKey other && Equals(other);

        // a reference's labels differ in their suffix at most, so its identity is the hash
        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Reference);
    }

    public IReadOnlyList<BibliographyEntry> Bibliography(IEnumerable<Reference> references) =>
        style.Sort(references).Select(r => new BibliographyEntry(r, FormatEntry(r))).ToList();

    /// <summary>
    /// Formats <paramref name="citations"/> as one document's batch: its reference list (the works cited and those
    /// under <c>nocite</c>) is gathered first, so year suffixes, initials and "et al." are decided within that list.
    /// Unknown keys (also in <paramref name="nocite"/>) become diagnostics.
    /// </summary>
    public ProcessedCitations Process(IReadOnlyList<Citation> citations, IReadOnlyList<string> nocite, SourceLocation nociteLocation, DiagnosticBag diagnostics)
    {
        var cited = new List<int>(); // the works' places in the library, each looked up once
        var known = new bool[citations.Count];
        var allKnown = true;
        for (var c = 0; c < citations.Count; c++)
        {
            known[c] = true;
            foreach (var item in citations[c].Items)
            {
                var at = library.PositionOf(item.Key);
                if (at < 0)
                {
                    ReportUnknown(item.Key, item.Location, diagnostics);
                    known[c] = allKnown = false;
                }
                else
                {
                    cited.Add(at);
                }
            }
        }

        foreach (var key in nocite)
        {
            if (key == "*")
            {
                cited.AddRange(library.Ids.Select(library.PositionOf));
            }
            else if (library.PositionOf(key) is var at and >= 0)
            {
                cited.Add(at);
            }
            else
            {
                ReportUnknown(key, nociteLocation, diagnostics);
            }
        }

        var list = library.AtPositions(cited);
        // an entry depends on its work and year label alone, whatever the list: the build's entries serve every document
        var formattable = allKnown ? citations : citations.Where((_, i) => known[i]).ToList();
        var (formattedCitations, bibliography) = style.FormatDocument(formattable, list, FormatEntry);
        var results = new FormattedCitation?[citations.Count];
        for (int i = 0, next = 0; i < citations.Count; i++)
        {
            if (known[i])
            {
                results[i] = formattedCitations[next++];
                ReportUnprinted(citations[i], results[i]!, diagnostics);
            }
        }

        return new ProcessedCitations(results, bibliography);
    }

    /// <summary>
    /// Each work of a citation that the style prints nothing for: the page shows an error text in its place, or, for a
    /// citation written into the sentence ("@key says"), nothing at all.
    /// </summary>
    private void ReportUnprinted(Citation citation, FormattedCitation formatted, DiagnosticBag diagnostics)
    {
        if (formatted.NamesInText is null && formatted.Pieces.All(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            foreach (var item in citation.Items)
            {
                Unprinted(item, "nothing shows in its place");
            }

            return;
        }

        foreach (var piece in formatted.Pieces)
        {
            if (piece.Key is { } key && piece.Text == Csl.Rendering.OutputParts.NoPrintedFormText
                && citation.Items.FirstOrDefault(i => i.Key == key) is { } item)
            {
                Unprinted(item, $"the page shows \"{piece.Text}\" in its place");
            }
        }

        void Unprinted(CitationItem item, string shown) =>
            diagnostics.Warning(DiagnosticCodes.CitationWithoutPrintedForm, item.Location,
                $"the citation style '{style.Name}' prints nothing for '{item.Key}' (a {library.Find(item.Key)?.Item.Type ?? "work"}): {shown}; give the work the fields the style needs, or choose another style");
    }

    private void ReportUnknown(string key, SourceLocation location, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.UnknownCitationKey, location, $"unknown citation key '{key}'{SpellingSuggester.Hint(key, library.Ids)}: {Searched()}");

    /// <summary>Which bibliography was searched: the key may be cited wrongly, or missing from (or cut off) that file.</summary>
    private string Searched() => library.Files.Count switch
    {
        0 => $"the site has no bibliography ({SiteBuilder.Bibliography.BibliographyReader.DefaultFile})",
        1 => $"not in {library.Files[0]}",
        _ => $"not in {string.Join(", ", library.Files)}",
    };
}
