namespace SiteBuilder.Templates;

/// <summary>
/// Already-safe HTML that lies in another renderer's buffer: a layout's output, written into the base layout
/// without first being copied into a string of its own. Valid only while the page that made it renders.
/// </summary>
internal sealed class HtmlBuffer(ReadOnlyMemory<char> html)
{
    public ReadOnlyMemory<char> Html => html;

    /// <summary>A copy, for a template that treats the HTML as a string rather than writing it.</summary>
    public override string ToString() => html.ToString();
}
