using System.Net;
using System.Text;

namespace SiteBuilder.Citations;

/// <summary>Styled text produced by a citation style, renderable as HTML (escaped) or plain text.</summary>
public sealed class FormattedText
{
    public FormattedText(IReadOnlyList<TextRun> runs) => Runs = runs;

    public IReadOnlyList<TextRun> Runs { get; }

    public string ToPlainText() => string.Concat(Runs.Select(r => r.Text));

    /// <summary>HTML with every run's text escaped; styles become <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c> or a small-caps span, links anchors.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var run in Runs)
        {
            var text = WebUtility.HtmlEncode(run.Text);
            text = run.SmallCaps ? $"<span class=\"small-caps\">{text}</span>" : text;
            text = run.Superscript ? $"<sup>{text}</sup>" : run.Subscript ? $"<sub>{text}</sub>" : text;
            text = run.Bold ? $"<b>{text}</b>" : text;
            text = run.Italic ? $"<i>{text}</i>" : text;

            html.Append(run.Href is null ? text : $"<a href=\"{WebUtility.HtmlEncode(run.Href)}\">{text}</a>");
        }

        return html.ToString();
    }

    public override string ToString() => ToPlainText();
}
