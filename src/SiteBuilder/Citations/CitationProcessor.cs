using SiteBuilder.Diagnostics;

namespace SiteBuilder.Citations;

/// <summary>
/// Formats all citations of a document in one batch against the library, as author-date styles need,
/// and builds its bibliography from the cited works plus <c>nocite</c>. It is a pure function of its inputs.
/// </summary>
public sealed class CitationProcessor
{
    private readonly ApaStyle style;
    private readonly ReferenceLibrary library;
    private readonly IReadOnlyDictionary<string, string> years;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FormattedText> entries = new(StringComparer.Ordinal);

    public CitationProcessor(ApaStyle style, ReferenceLibrary library)
    {
        this.style = style;
        this.library = library;
        years = style.YearLabels(library.References);
    }

    public ApaStyle Style => style;

    /// <summary>The year label ("2010", "2010a", "n.d.") the style gives a reference.</summary>
    public string YearLabel(Reference reference) => years[reference.Id];

    /// <summary>The reference's entry, formatted once per build however many pages show it (thread-safe).</summary>
    public FormattedText FormatEntry(Reference reference) =>
        ReferenceEquals(library.Find(reference.Id), reference)
            ? entries.GetOrAdd(reference.Id, _ => style.FormatEntry(reference, YearLabel(reference)))
            : style.FormatEntry(reference, YearLabel(reference));

    public IReadOnlyList<BibliographyEntry> Bibliography(IEnumerable<Reference> references) =>
        style.Sort(references).Select(r => new BibliographyEntry(r, FormatEntry(r))).ToList();

    /// <summary>Formats <paramref name="citations"/>; unknown keys (also in <paramref name="nocite"/>) become diagnostics.</summary>
    public ProcessedCitations Process(IReadOnlyList<Citation> citations, IReadOnlyList<string> nocite, SourceLocation nociteLocation, DiagnosticBag diagnostics)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<FormattedCitation?>();
        foreach (var citation in citations)
        {
            var known = true;
            foreach (var item in citation.Items)
            {
                if (library.Find(item.Key) is null)
                {
                    ReportUnknown(item.Key, item.Location, diagnostics);
                    known = false;
                }
                else
                {
                    cited.Add(item.Key);
                }
            }

            results.Add(known ? style.FormatCitation(citation, key => library.Find(key)!, years) : null);
        }

        foreach (var key in nocite)
        {
            if (key == "*")
            {
                cited.UnionWith(library.Ids);
            }
            else if (library.Find(key) is null)
            {
                ReportUnknown(key, nociteLocation, diagnostics);
            }
            else
            {
                cited.Add(key);
            }
        }

        return new ProcessedCitations(results, Bibliography(library.References.Where(r => cited.Contains(r.Id))));
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
