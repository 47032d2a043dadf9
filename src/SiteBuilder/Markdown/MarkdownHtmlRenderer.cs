using Markdig;
using Markdig.Renderers;
using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>Renders a parsed document to HTML, writing each citation from its batch-formatted text.</summary>
internal static class MarkdownHtmlRenderer
{
    /// <param name="buffer">An empty buffer to render into (the caller reuses them), which holds the HTML afterwards.</param>
    /// <returns>The body's map for the page's rewriter (see <see cref="BodyMap"/>) when <paramref name="mapped"/>, else null.</returns>
    public static BodyMap? Render(ParsedDocument document, MarkdownPipeline pipeline, IReadOnlyDictionary<CitationInline, FormattedCitation> formatted, System.Text.StringBuilder buffer, bool mapped = false)
    {
        using var writer = new StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var recorder = mapped ? new BodyMapRecorder(buffer) : null;
        renderer.ObjectRenderers.Insert(0, new CitationHtmlRenderer(formatted, recorder));
        renderer.ObjectRenderers.Insert(0, new CitationNamesHtmlRenderer(formatted));
        recorder?.Attach(renderer);
        renderer.Render(document.Tree);
        writer.Flush();
        return recorder?.Map();
    }
}
