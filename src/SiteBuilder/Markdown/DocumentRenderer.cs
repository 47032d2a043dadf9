using Markdig;
using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Markdown;

/// <summary>
/// Parses a content item, formats all its citations as one batch (in the style its front matter names, else the
/// site's), and renders its body to HTML.
/// </summary>
internal sealed class DocumentRenderer(MarkdownPipeline pipeline, CitationProcessor citations, IReadOnlyDictionary<string, CitationProcessor>? byStyle = null)
{
    private readonly MarkdownDocumentParser parser = new(pipeline);

    public RenderedDocument Render(ContentItem item, DiagnosticBag diagnostics)
    {
        var parsed = parser.Parse(item.Source.Path, item.Body, diagnostics);
        if (parsed is null)
        {
            // The build fails on the diagnostic; an empty document lets the other pages still be checked.
            return new RenderedDocument(item, [], [], 0, "", []);
        }

        var processor = item.Meta.CitationStyle is { } own && byStyle?.GetValueOrDefault(own.Name) is { } chosen ? chosen : citations;
        var processed = processor.Process(
            parsed.Citations.Select(c => c.Citation).ToList(),
            item.Meta.Nocite,
            item.Meta.NociteLocation,
            diagnostics);

        var formatted = new Dictionary<CitationInline, FormattedCitation>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < parsed.Citations.Count; i++)
        {
            if (processed.Citations[i] is { } text)
            {
                formatted[parsed.CitationNodes[i]] = text;
            }
        }

        var html = MarkdownHtmlRenderer.Render(parsed, pipeline, formatted);
        return new RenderedDocument(item, parsed.Headings, parsed.Citations, parsed.WordCount, html, processed.Bibliography);
    }
}
