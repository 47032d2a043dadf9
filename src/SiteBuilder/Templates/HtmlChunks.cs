using System.Text;

namespace SiteBuilder.Templates;

/// <summary>
/// Already-safe HTML that lies in another renderer's buffer of chunks (an essay's body in the Markdown renderer's, a
/// layout's output in its template context's): written into the page chunk by chunk, not first joined or copied
/// into a string. Valid only while the page that shows it renders.
/// </summary>
internal sealed class HtmlChunks(StringBuilder html)
{
    public StringBuilder Html => html;

    /// <summary>
    /// The map of an essay's body for the page's rewriter: the templates write the body between its markers when
    /// they write it as it is (see <see cref="Markdown.BodyMap"/>).
    /// </summary>
    public Markdown.BodyMap? Map { get; init; }

    /// <summary>Where the templates that wrote the HTML wrote the pieces of their stretches (see <see cref="TemplateMark"/>).</summary>
    public IReadOnlyList<TemplateMark>? Marks { get; init; }

    /// <summary>A copy, for a template that treats the HTML as a string rather than writing it.</summary>
    public override string ToString() => html.ToString();
}
