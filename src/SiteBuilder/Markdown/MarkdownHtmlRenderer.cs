using Markdig;
using Markdig.Renderers;
using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>Renders a parsed document to HTML, writing each citation from its batch-formatted text.</summary>
internal static class MarkdownHtmlRenderer
{
    /// <param name="buffer">An empty buffer to render into (the caller reuses them), which holds the HTML afterwards.</param>
    public static void Render(ParsedDocument document, MarkdownPipeline pipeline, IReadOnlyDictionary<CitationInline, FormattedCitation> formatted, System.Text.StringBuilder buffer)
    {
        using var writer = new StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new CitationHtmlRenderer(formatted));
        renderer.ObjectRenderers.Insert(0, new CitationNamesHtmlRenderer(formatted));
        renderer.Render(document.Tree);
        writer.Flush();
    }
}
