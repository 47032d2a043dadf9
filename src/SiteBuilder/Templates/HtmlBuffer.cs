using System.Text;

namespace SiteBuilder.Templates;

/// <summary>
/// Already-safe HTML that lies in another renderer's buffer, in the blocks it was written in: a layout's output,
/// written into the base layout as it is, without first being joined or copied into a string of its own. Valid
/// only while the page that made it renders.
/// </summary>
internal sealed class HtmlBuffer(StringBuilder html)
{
    public StringBuilder Html => html;

    /// <summary>A copy, for a template that treats the HTML as a string rather than writing it.</summary>
    public override string ToString() => html.ToString();
}
