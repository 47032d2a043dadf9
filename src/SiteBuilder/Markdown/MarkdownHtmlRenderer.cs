using Markdig;
using Markdig.Renderers;
using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>Renders a parsed document to HTML, writing each citation from its batch-formatted text.</summary>
internal static class MarkdownHtmlRenderer
{
    public static string Render(ParsedDocument document, MarkdownPipeline pipeline, IReadOnlyDictionary<CitationInline, FormattedCitation> formatted)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new CitationHtmlRenderer(formatted));
        renderer.ObjectRenderers.Insert(0, new CitationNamesHtmlRenderer(formatted));
        renderer.Render(document.Tree);
        writer.Flush();
        return writer.ToString();
    }
}
