using System.Globalization;
using SiteBuilder.Csl.Rendering;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// Gives every cite its position: first, subsequent, ibid (the same item as the cite just before, in this
/// citation or in a previous citation of only that item), ibid with locator, and whether it is near the note of
/// the item's last cite (within near-note-distance notes). In a note style, the citations written in the text
/// (no note, or note 0) and those in notes are two runs: "ibid." follows the cite before it in its own run. A
/// position the caller gave a cite (other than first) stands.
/// </summary>
internal static class Positions
{
    public static List<CitationRequest> Assign(IReadOnlyList<CitationRequest> citations, Section section)
    {
        var distance = int.TryParse(section.Options.GetValueOrDefault("near-note-distance"), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 5;
        var firstNote = new Dictionary<string, int?>(StringComparer.Ordinal);
        var lastNote = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = new Cite?[2]; // the cite before, in the notes (or every citation of an in-text style) and in the text
        var previousCitationSize = new int[2];
        var citesInNote = new Dictionary<int, int>();
        var result = new List<CitationRequest>();
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            var note = citation.NoteNumber ?? c + 1;
            var run = citation.NoteNumber is null or 0 ? 1 : 0;
            var cites = new List<Cite>();
            for (var i = 0; i < citation.Cites.Count; i++)
            {
                var cite = citation.Cites[i];
                CitePosition position;
                if (cite.Position != CitePosition.First)
                {
                    position = cite.Position; // a position the caller gave stands
                    firstNote.TryAdd(cite.Id, citation.NoteNumber);
                }
                else if (!firstNote.ContainsKey(cite.Id))
                {
                    position = CitePosition.First;
                    firstNote[cite.Id] = citation.NoteNumber;
                }
                else if (previous[run] is { } before && before.Id == cite.Id && (i > 0 || previousCitationSize[run] == 1))
                {
                    position = cite.Locator is null
                        ? (before.Locator is null ? CitePosition.Ibid : CitePosition.Subsequent)
                        : (before.Locator == cite.Locator && before.Label == cite.Label ? CitePosition.Ibid : CitePosition.IbidWithLocator);
                }
                else
                {
                    position = CitePosition.Subsequent;
                }

                var near = lastNote.TryGetValue(cite.Id, out var last) && note - last <= distance;
                var positioned = cite with { Position = position, NearNote = near, FirstNoteNumber = firstNote[cite.Id], NoteNumber = citation.NoteNumber };
                cites.Add(positioned);
                lastNote[cite.Id] = note;
                previous[run] = positioned;
            }

            // ibid from an earlier note needs that note to hold the one cite alone; within a note, the citation before;
            // in the text, the citation before
            citesInNote[note] = citesInNote.GetValueOrDefault(note) + citation.Cites.Count;
            var nextNote = c + 1 < citations.Count ? citations[c + 1].NoteNumber ?? c + 2 : note;
            previousCitationSize[run] = run == 1 || nextNote == note ? citation.Cites.Count : citesInNote[note];
            result.Add(citation with { Cites = cites });
        }

        return result;
    }
}
