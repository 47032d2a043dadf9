using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SiteBuilder.Markdown;

/// <summary>Adds Pandoc citation syntax to a Markdig pipeline; rendering is added per document, since it needs the formatted citations.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
