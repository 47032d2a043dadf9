using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Markdown;

/// <summary>
/// Parses a Markdown body and records what later phases need: headings, stable paragraph anchors
/// (section id + position within the section, so an edit elsewhere does not move them), and citations.
/// </summary>
internal sealed class MarkdownDocumentParser(MarkdownPipeline pipeline)
{
    /// <summary>The parsed document, or null (with a diagnostic at the offending line) when Markdig refuses the input.</summary>
    public ParsedDocument? Parse(string path, string body, DiagnosticBag diagnostics)
    {
        var context = new MarkdownParserContext();
        context.Properties[CitationInlineParser.PathKey] = path;
        MarkdownDocument tree;
        try
        {
            tree = Markdig.Markdown.Parse(body, pipeline, context);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            var (line, column) = MarkdownFailureLocator.Locate(body, pipeline);
            diagnostics.Error(DiagnosticCodes.MarkdownRefused, new SourceLocation(path, line, column), $"Markdown the parser cannot take: {Describe(e)}");
            return null;
        }

        var headings = new List<HeadingInfo>();
        var citations = new List<CitationOccurrence>();
        var nodes = new List<CitationInline>();
        var section = (Id: "intro", Title: (string?)null);
        var paragraphInSection = 0;
        var words = 0;
        string? opening = null;
        var paragraphText = new StringBuilder(1024); // each paragraph's plain text, made a string only where one is kept
        var cited = new List<CitationInline>(); // each paragraph's citations, met while reading its text
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
            paragraphText.Clear();
            cited.Clear();
            PlainTextExtractor.AppendTo(paragraph.Inline, paragraphText, cited);
            string? plain = null;
            opening ??= plain = paragraphText.ToString();
            words += CountWords(paragraphText);
            var marker = 0;
            foreach (var citation in cited)
            {
                citation.Anchor = $"cite-{citations.Count + 1}";
                citations.Add(new CitationOccurrence(citation.Citation, paragraphId, section.Title, ExcerptBuilder.SentenceAround(Contents(paragraphText, ref plain).Span, marker++)) { Anchor = citation.Anchor });
                nodes.Add(citation);
            }
        }

        MarkSourcePositions(tree);
        return new ParsedDocument(tree, headings, citations, words) { CitationNodes = nodes, Opening = opening ?? "" };
    }

    /// <summary>
    /// Gives every link, image and heading its Markdown line and column, which the page keeps until the rewriter reads them
    /// (for located findings), those written as raw HTML included. A walk of the tree's own children, without an
    /// iterator for every block and inline.
    /// </summary>
    private static void MarkSourcePositions(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case ContainerBlock inner:
                    MarkSourcePositions(inner);
                    break;
                case HtmlBlock html:
                    RawHtmlPositions.Mark(html);
                    break;
                case HeadingBlock heading:
                    // a heading that skips a level is reported where it was written
                    heading.GetAttributes().AddProperty(SourcePositionAttribute.Name, SourcePositionAttribute.Format(heading.Line + 1, heading.Column + 1));
                    if (heading.Inline is { } title)
                    {
                        MarkSourcePositions(title);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    MarkSourcePositions(inline);
                    break;
            }
        }
    }

    private static void MarkSourcePositions(Markdig.Syntax.Inlines.ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is Markdig.Syntax.Inlines.LinkInline link)
            {
                link.GetAttributes().AddProperty(SourcePositionAttribute.Name, SourcePositionAttribute.Format(link.Line + 1, link.Column + 1));
            }
            else if (child is Markdig.Syntax.Inlines.HtmlInline html)
            {
                html.Tag = RawHtmlPositions.Mark(html.Tag, html.Line + 1, html.Column + 1);
            }

            if (child is Markdig.Syntax.Inlines.ContainerInline inner)
            {
                MarkSourcePositions(inner);
            }
        }
    }

    /// <summary>The paragraph's text where it lies in its buffer, or (when the buffer holds it in pieces) as a string made once.</summary>
    private static ReadOnlyMemory<char> Contents(StringBuilder text, ref string? made)
    {
        if (made is not null)
        {
            return made.AsMemory();
        }

        var chunks = text.GetChunks();
        return chunks.MoveNext() && chunks.Current.Length == text.Length ? chunks.Current : (made = text.ToString()).AsMemory();
    }

    /// <summary>What Markdig throws for input it will not parse (as opposed to a bug of ours).</summary>
    public static bool IsRefusal(Exception e) => e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException;

    private static string Describe(Exception e) =>
        e.Message.Contains("too deeply nested", StringComparison.Ordinal)
            ? "elements are nested too deeply here (lists, quotes or emphasis inside one another); flatten the structure"
            : e.Message;

    /// <summary>Runs of non-space characters that hold a letter or digit, counted without allocating them.</summary>
    private static int CountWords(string text)
    {
        var counter = new WordCounter();
        counter.Add(text, markerIsSpace: false);
        return counter.Total;
    }

    /// <summary>A paragraph's words, read from its buffer; a citation stands between words like a space.</summary>
    private static int CountWords(StringBuilder text)
    {
        var counter = new WordCounter();
        foreach (var chunk in text.GetChunks())
        {
            counter.Add(chunk.Span, markerIsSpace: true);
        }

        return counter.Total;
    }
}
