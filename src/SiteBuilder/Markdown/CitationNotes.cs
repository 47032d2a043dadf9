using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteBuilder.Markdown;

/// <summary>
/// For a note style (Chicago notes, OSCOLA, …): every citation in the text becomes a footnote of its own, numbered
/// in one sequence with the author's footnotes, as Pandoc does. A citation already inside a footnote stays there.
/// A narrative citation leaves its names in the sentence ("As Johnson¹ argues"). The tree is changed in place,
/// before rendering; the result is each citation's note number, which the style needs for ibid and short forms.
/// </summary>
internal static class CitationNotes
{
    public static IReadOnlyList<int> Place(MarkdownDocument tree, IReadOnlyList<CitationInline> citations)
    {
        var group = tree.Descendants<FootnoteGroup>().FirstOrDefault();
        if (group is null)
        {
            group = new FootnoteGroup(null!);
            tree.Add(group);
        }

        var made = 0;
        foreach (var citation in citations.Where(c => Note(c) is null).ToList())
        {
            var note = new Footnote(null!) { Label = $"cite-{++made}" };
            var link = new FootnoteLink(note);
            note.Links.Add(link);
            citation.ReplaceBy(link);
            if (citation.Citation.Narrative)
            {
                link.InsertBefore(new CitationNamesInline(citation));
            }

            var text = new ContainerInline();
            text.AppendChild(citation);
            citation.EndsNote = true;
            var paragraph = new ParagraphBlock { Inline = text };
            note.Add(paragraph);
            group.Add(note);
        }

        Renumber(tree, group);
        return citations.Select(c => Note(c)?.Order ?? 0).ToList();
    }

    /// <summary>Notes numbered in the order the text first calls them, each call and its way back numbered too.</summary>
    private static void Renumber(MarkdownDocument tree, FootnoteGroup group)
    {
        var order = 0;
        var index = 0;
        var numbered = new HashSet<Footnote>(ReferenceEqualityComparer.Instance);
        foreach (var link in tree.Descendants<FootnoteLink>().Where(l => !l.IsBackLink).ToList())
        {
            if (numbered.Add(link.Footnote))
            {
                link.Footnote.Order = ++order;
            }

            link.Index = ++index;
        }

        // each note ends with a way back to every call of it
        foreach (var note in group.OfType<Footnote>())
        {
            foreach (var back in note.Descendants<FootnoteLink>().Where(l => l.IsBackLink).ToList())
            {
                back.Remove();
            }

            if (note.Descendants<ParagraphBlock>().LastOrDefault() is not { Inline: { } last })
            {
                last = new ContainerInline();
                note.Add(new ParagraphBlock { Inline = last });
            }

            foreach (var call in note.Links.Where(l => !l.IsBackLink))
            {
                last.AppendChild(new FootnoteLink(note) { IsBackLink = true, Index = call.Index });
            }
        }

        var sorted = group.OfType<Footnote>().OrderBy(n => n.Order == 0 ? int.MaxValue : n.Order).ToList();
        group.Clear();
        foreach (var note in sorted)
        {
            group.Add(note);
        }
    }

    /// <summary>The footnote a citation stands in, if any.</summary>
    private static Footnote? Note(CitationInline citation)
    {
        Block? block = citation.Parent is { } parent ? FindBlock(parent) : null;
        for (; block is not null; block = block.Parent)
        {
            if (block is Footnote note)
            {
                return note;
            }
        }

        return null;
    }

    private static Block? FindBlock(ContainerInline inline)
    {
        var top = inline;
        while (top.Parent is { } up)
        {
            top = up;
        }

        return top.ParentBlock;
    }
}

/// <summary>A narrative citation's names, left in the sentence when the citation itself goes into a note.</summary>
public sealed class CitationNamesInline(CitationInline citation) : LeafInline
{
    public CitationInline Citation { get; } = citation;
}
