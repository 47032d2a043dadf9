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

    /// <summary>A copy, for a template that treats the HTML as a string rather than writing it.</summary>
    public override string ToString() => html.ToString();
}
