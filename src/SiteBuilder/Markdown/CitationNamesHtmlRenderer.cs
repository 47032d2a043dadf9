using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteBuilder.Citations;
using SiteBuilder.Content;

namespace SiteBuilder.Markdown;

/// <summary>A narrative citation's names left in the sentence under a note style, linked to the work's reference page.</summary>
internal sealed class CitationNamesHtmlRenderer(IReadOnlyDictionary<CitationInline, FormattedCitation> formatted)
    : HtmlObjectRenderer<CitationNamesInline>
{
    protected override void Write(HtmlRenderer renderer, CitationNamesInline names)
    {
        if (!formatted.TryGetValue(names.Citation, out var citation) || citation.NamesInText is not { Key: { } key } piece)
        {
            return;
        }

        renderer.Write("<a class=\"citation-link\" href=\"").WriteEscapeUrl(SitePaths.Reference(key))
            .Write("\" data-ref=\"ref-").WriteEscape(SitePaths.ReferenceSegment(key)).Write("\">");
        if (piece.Rich is { } rich)
        {
            renderer.Write(rich.ToHtml());
        }
        else
        {
            renderer.WriteEscape(piece.Text);
        }

        renderer.Write("</a>");
    }
}
