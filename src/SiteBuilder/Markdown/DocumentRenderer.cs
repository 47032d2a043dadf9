using Markdig;
using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Markdown;

/// <summary>
/// Parses a content item, formats all its citations as one batch (in the style its front matter names, else the
/// site's), and renders its body to HTML: three steps a caller may also take one at a time, each for a batch of
/// documents, so that each step's code and data stay in the processor's cache from one document to the next.
/// </summary>
internal sealed class DocumentRenderer(MarkdownPipeline pipeline, CitationProcessor citations, IReadOnlyDictionary<string, CitationProcessor>? byStyle = null)
{
    private readonly MarkdownDocumentParser parser = new(pipeline);
    private readonly TextBuffers buffers = new();

    /// <summary>All three steps for one document: <see cref="Parse"/>, <see cref="Cite"/>, <see cref="Write"/>.</summary>
    public RenderedDocument Render(ContentItem item, DiagnosticBag diagnostics) => Write(item, Cite(item, Parse(item, diagnostics), diagnostics));

    /// <summary>The first step: the parsed document, or null (with a diagnostic) when Markdig refuses it.</summary>
    public ParsedDocument? Parse(ContentItem item, DiagnosticBag diagnostics) => parser.Parse(item.Source.Path, item.Body, diagnostics);

    /// <summary>The second step: the document's citations formatted as one batch; null for a document that did not parse.</summary>
    public CitedDocument? Cite(ContentItem item, ParsedDocument? parsed, DiagnosticBag diagnostics)
    {
        if (parsed is null)
        {
            return null;
        }

        var processor = item.Meta.CitationStyle is { } own && byStyle?.GetValueOrDefault(own.Name) is { } chosen ? chosen : citations;
        // a note style turns the citations into footnotes first: the style needs each one's note number
        var notes = processor.Style.IsNoteStyle ? CitationNotes.Place(parsed.Tree, parsed.CitationNodes) : null;
        // the style meets the citations in the order a reader does: by note (a citation in an author's note comes
        // in that note's place), so ibid and short forms follow the notes
        var count = parsed.Citations.Count;
        var order = notes is null ? null : Enumerable.Range(0, count).OrderBy(i => notes[i]).ToList(); // null: as written
        var inOrder = new Citation[count];
        for (var k = 0; k < count; k++)
        {
            var i = order?[k] ?? k;
            inOrder[k] = notes is null ? parsed.Citations[i].Citation : parsed.Citations[i].Citation with { NoteNumber = notes[i] };
        }

        var processed = processor.Process(inOrder, item.Meta.Nocite, item.Meta.NociteLocation, diagnostics);
        var inDocumentOrder = new FormattedCitation?[count];
        for (var k = 0; k < count; k++)
        {
            inDocumentOrder[order?[k] ?? k] = processed.Citations[k];
        }

        var formatted = new Dictionary<CitationInline, FormattedCitation>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < parsed.Citations.Count; i++)
        {
            if (inDocumentOrder[i] is { } text)
            {
                formatted[parsed.CitationNodes[i]] = text;
            }
        }

        return new CitedDocument(parsed, formatted, processed.Bibliography);
    }

    /// <summary>The last step: the body as HTML; an empty document for one that did not parse (the build fails on its diagnostic, and the other pages are still checked).</summary>
    public RenderedDocument Write(ContentItem item, CitedDocument? cited)
    {
        if (cited is null)
        {
            return new RenderedDocument(item, [], [], 0, "", []);
        }

        var parsed = cited.Parsed;
        var buffer = buffers.Rent(16 * 1024);
        var essay = item.Kind == ContentKind.Essay;
        var map = MarkdownHtmlRenderer.Render(parsed, pipeline, cited.Formatted, buffer, mapped: essay);
        var opening = RenderedDocument.OpeningFor(parsed.Opening, item.Meta.Description);
        if (essay && buffer.Length > 0)
        {
            // an essay's page is made from the buffer (with its batch, right after this step), and the render phase then gives it back
            return new RenderedDocument(item, parsed.Headings, parsed.Citations, parsed.WordCount, new PooledBody(buffer, buffers) { Map = map }, cited.Bibliography) { Opening = opening };
        }

        var html = buffer.ToString(); // a page's body is read again later, by the pages that show it
        buffers.Return(buffer);
        return new RenderedDocument(item, parsed.Headings, parsed.Citations, parsed.WordCount, html, cited.Bibliography) { Opening = opening };
    }
}
