using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteBuilder.Content;

namespace SiteBuilder.Markdown;

/// <summary>
/// Parses a Markdown body and records what later phases need: headings, stable paragraph anchors
/// (section id + position within the section, so an edit elsewhere does not move them), and citations.
/// </summary>
internal sealed class MarkdownDocumentParser(MarkdownPipeline pipeline)
{
    public ParsedDocument Parse(string path, string body)
    {
        var context = new MarkdownParserContext();
        context.Properties[CitationInlineParser.PathKey] = path;
        var tree = Markdig.Markdown.Parse(body, pipeline, context);

        var headings = new List<HeadingInfo>();
        var citations = new List<CitationOccurrence>();
        var section = (Id: "intro", Title: (string?)null);
        var paragraphInSection = 0;
        var words = 0;
        foreach (var block in tree.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading)
            {
                var text = PlainTextExtractor.Extract(heading);
                var id = heading.GetAttributes().Id ?? Slugs.FromText(text);
                headings.Add(new HeadingInfo(heading.Level, text, id));
                section = (id, text);
                paragraphInSection = 0;
                words += CountWords(text);
                continue;
            }

            if (block is not ParagraphBlock paragraph)
            {
                continue;
            }

            var paragraphId = $"{section.Id}-p{++paragraphInSection}";
            paragraph.GetAttributes().Id = paragraphId;
            var plain = PlainTextExtractor.Extract(paragraph);
            words += CountWords(plain.Replace(PlainTextExtractor.CitationMarker, ' '));
            var marker = 0;
            foreach (var citation in paragraph.Inline?.Descendants<CitationInline>() ?? [])
            {
                citations.Add(new CitationOccurrence(citation, paragraphId, section.Title, ExcerptBuilder.SentenceAround(plain, marker++)));
            }
        }

        foreach (var link in tree.Descendants<Markdig.Syntax.Inlines.LinkInline>())
        {
            link.GetAttributes().AddProperty(SourcePositionAttribute.Name, SourcePositionAttribute.Format(link.Line + 1, link.Column + 1));
        }

        return new ParsedDocument(tree, headings, citations, words);
    }

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
