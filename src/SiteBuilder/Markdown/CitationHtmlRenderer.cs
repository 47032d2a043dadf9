using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteBuilder.Citations;
using SiteBuilder.Content;

namespace SiteBuilder.Markdown;

/// <summary>
/// Writes a formatted citation: each cited work links to its reference page and names its entry on this page
/// (<c>data-ref</c>), which the preview script shows on hover, focus and tap.
/// </summary>
/// <param name="map">Told what each citation writes, so the page's rewriter can pass over it (see <see cref="BodyMap"/>); null when the body gets no map.</param>
internal sealed class CitationHtmlRenderer(IReadOnlyDictionary<CitationInline, FormattedCitation> formatted, BodyMapRecorder? map = null)
    : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var keys = string.Join(" ", citation.Citation.Items.Select(i => i.Key));
        renderer.Write("<span class=\"citation\"");
        if (citation.Anchor is { } anchor)
        {
            renderer.Write(" id=\"").WriteEscape(anchor).Write("\"");
            map?.CitationId(anchor);
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

                // the part of the work this citation points to, which the preview repeats
                var locator = citation.Citation.Items.FirstOrDefault(i => i.Key == piece.Key)?.Locator;
                WriteLink(renderer, piece, locator is null ? null : LocatorText(locator), map);
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

    /// <summary>A cited work's piece of a citation, as a link to its reference page that names its entry on this page.</summary>
    internal static void WriteLink(HtmlRenderer renderer, CitationPiece piece, string? locator, BodyMapRecorder? map = null)
    {
        renderer.Write("<a class=\"citation-link\" href=\"");
        var url = SitePaths.Reference(piece.Key!);
        var start = map?.Position ?? 0;
        var styled = piece.Rich?.ToHtml(); // escaped run by run
        renderer.WriteEscapeUrl(url);
        // the link's text is written escaped, or as the style's formatting, whose tags hold no ids or addresses
        map?.CitationLink(start, url, plainText: styled is null || !HasAddressOrId(styled));
        renderer.Write("\" data-ref=\"ref-").WriteEscape(SitePaths.ReferenceSegment(piece.Key!)).Write("\"");
        if (locator is not null)
        {
            renderer.Write(" data-locator=\"").WriteEscape(locator).Write("\"");
        }

        renderer.Write(">");
        if (styled is not null)
        {
            renderer.Write(styled);
        }
        else
        {
            renderer.WriteEscape(piece.Text);
        }

        renderer.Write("</a>");
    }

    private static bool HasAddressOrId(string html) =>
        html.Contains(" href=", StringComparison.Ordinal) || html.Contains(" src=", StringComparison.Ordinal) || html.Contains(" id=", StringComparison.Ordinal) || html.Contains("<!--", StringComparison.Ordinal);

    /// <summary>"pp. 70–85", "chapter 3": a locator as a reader says it, whatever the style prints.</summary>
    private static string LocatorText(Locator locator)
    {
        var value = locator.Value.Replace("--", "–", StringComparison.Ordinal).Replace('-', '–');
        return locator.Label switch
        {
            "page" => (locator.IsRange ? "pp.\u00a0" : "p.\u00a0") + value,
            "paragraph" => (locator.IsRange ? "paras.\u00a0" : "para.\u00a0") + value,
            var label => label.Replace('-', ' ') + "\u00a0" + value,
        };
    }
}
