using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>A narrative citation's names left in the sentence under a note style, linked to the work's reference page.</summary>
internal sealed class CitationNamesHtmlRenderer(IReadOnlyDictionary<CitationInline, FormattedCitation> formatted)
    : HtmlObjectRenderer<CitationNamesInline>
{
    protected override void Write(HtmlRenderer renderer, CitationNamesInline names)
    {
        if (!formatted.TryGetValue(names.Citation, out var citation) || citation.NamesInText is not { Key: not null } piece)
        {
            return;
        }

        CitationHtmlRenderer.WriteLink(renderer, piece, null);
    }
}
