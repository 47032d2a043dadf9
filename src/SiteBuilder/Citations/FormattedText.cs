using System.Net;
using System.Text;

namespace SiteBuilder.Citations;

/// <summary>Styled text produced by a citation style, renderable as HTML (escaped) or plain text.</summary>
public sealed class FormattedText
{
    private readonly string? markup;

    /// <summary>The plain text of a text made from HTML, whose one run is made only when asked for.</summary>
    private readonly string? plain;

    public FormattedText(IReadOnlyList<TextRun> runs) => Runs = runs;

    private FormattedText(string html, string plain)
    {
        markup = html;
        this.plain = plain;
    }

    /// <summary>Text a CSL style made, already written as HTML (escaped) and as plain text.</summary>
    public static FormattedText FromHtml(string html, string plain) => new(html, plain);

    public IReadOnlyList<TextRun> Runs { get => field ??= [new TextRun(plain!)]; }

    /// <summary>Texts one after another, as one text.</summary>
    public static FormattedText Concat(params FormattedText[] parts) =>
        FromHtml(string.Concat(parts.Select(p => p.ToHtml())), string.Concat(parts.Select(p => p.ToPlainText())));

    public string ToPlainText() => plain ?? (Runs.Count == 1 ? Runs[0].Text : string.Concat(Runs.Select(r => r.Text)));

    /// <summary>
    /// HTML with every run's text escaped; styles become <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>,
    /// <c>&lt;sub&gt;</c> or a small-caps span, opened and closed only where a style changes, and links anchors.
    /// </summary>
    public string ToHtml()
    {
        if (markup is not null)
        {
            return markup;
        }

        var html = new StringBuilder();
        var open = new List<int>(); // the styles open now, outermost first
        foreach (var run in Runs)
        {
            var wanted = run.Href is null ? Styles(run) : [];
            var keep = 0;
            while (keep < open.Count && keep < wanted.Count && open[keep] == wanted[keep])
            {
                keep++;
            }

            for (var i = open.Count - 1; i >= keep; i--)
            {
                html.Append(Tags[open[i]].Close);
            }

            open.RemoveRange(keep, open.Count - keep);
            foreach (var style in wanted.Skip(keep))
            {
                html.Append(Tags[style].Open);
                open.Add(style);
            }

            var text = WebUtility.HtmlEncode(run.Text);
            html.Append(run.Href is null ? text : $"<a href=\"{WebUtility.HtmlEncode(run.Href)}\">{(run.Italic ? $"<i>{text}</i>" : text)}</a>");
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            html.Append(Tags[open[i]].Close);
        }

        return html.ToString();
    }

    private static readonly (string Open, string Close)[] Tags =
        [("<i>", "</i>"), ("<b>", "</b>"), ("<sup>", "</sup>"), ("<sub>", "</sub>"), ("<span class=\"small-caps\">", "</span>")];

    private static List<int> Styles(TextRun run)
    {
        var styles = new List<int>(2);
        if (run.Italic)
        {
            styles.Add(0);
        }

        if (run.Bold)
        {
            styles.Add(1);
        }

        if (run.Superscript)
        {
            styles.Add(2);
        }

        if (run.Subscript)
        {
            styles.Add(3);
        }

        if (run.SmallCaps)
        {
            styles.Add(4);
        }

        return styles;
    }

    public override string ToString() => ToPlainText();
}
