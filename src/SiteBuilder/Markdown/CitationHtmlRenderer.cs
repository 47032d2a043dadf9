using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteBuilder.Citations;
using SiteBuilder.Content;

namespace SiteBuilder.Markdown;

/// <summary>
/// Writes a formatted citation: each cited work links to its reference page and names its entry on this page
/// (<c>data-ref</c>), which the preview script shows on hover, focus and tap.
/// </summary>
internal sealed class CitationHtmlRenderer(IReadOnlyDictionary<CitationInline, FormattedCitation> formatted)
    : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var keys = string.Join(" ", citation.Citation.Items.Select(i => i.Key));
        renderer.Write("<span class=\"citation\"");
        if (citation.Anchor is { } anchor)
        {
            renderer.Write(" id=\"").WriteEscape(anchor).Write("\"");
        }

        renderer.Write(" data-cites=\"").WriteEscape(keys).Write("\">");
        if (formatted.TryGetValue(citation, out var text))
        {
            foreach (var piece in text.Pieces)
            {
                if (piece.Key is null)
                {
                    renderer.WriteEscape(piece.Text);
                    continue;
                }

                renderer.Write("<a class=\"citation-link\" href=\"").WriteEscapeUrl(SitePaths.Reference(piece.Key))
                    .Write("\" data-ref=\"ref-").WriteEscape(SitePaths.ReferenceSegment(piece.Key)).Write("\">");
                if (piece.Rich is { } rich)
                {
                    renderer.Write(rich.ToHtml()); // escaped run by run
                }
                else
                {
                    renderer.WriteEscape(piece.Text);
                }

                renderer.Write("</a>");
            }

            if (citation.EndsNote && text.PlainText.TrimEnd() is { Length: > 0 } plain && !".!?".Contains(plain[^1]))
            {
                renderer.Write(".");
            }
        }
        else
        {
            renderer.WriteEscape("(" + keys + "?)"); // unknown key: already reported, the build fails
        }

        renderer.Write("</span>");
    }
}
