using System.Net;
using System.Text;

namespace SiteBuilder.Citations;

/// <summary>Styled text produced by a citation style, renderable as HTML (escaped) or plain text.</summary>
public sealed class FormattedText
{
    public FormattedText(IReadOnlyList<TextRun> runs) => Runs = runs;

    public IReadOnlyList<TextRun> Runs { get; }

    public string ToPlainText() => string.Concat(Runs.Select(r => r.Text));

    /// <summary>HTML with every run's text escaped; italics become <c>&lt;i&gt;</c>, links become anchors.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var run in Runs)
        {
            var text = WebUtility.HtmlEncode(run.Text);
            if (run.Italic)
            {
                text = $"<i>{text}</i>";
            }

            html.Append(run.Href is null ? text : $"<a href=\"{WebUtility.HtmlEncode(run.Href)}\">{text}</a>");
        }

        return html.ToString();
    }

    public override string ToString() => ToPlainText();
}
