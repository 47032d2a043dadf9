using System.Net;
using System.Text;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Preview;

/// <summary>The panel the preview puts over every page while the latest build has errors.</summary>
public static class ErrorOverlay
{
    public const string ElementId = "sitebuilder-errors";

    /// <param name="behind">What the overlay covers: the last good version of the page, or nothing when no build has succeeded.</param>
    /// <param name="editor">Where the locations link to, when the author named an editor.</param>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics, bool behind = true, EditorLinks? editor = null)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var html = new StringBuilder();
        html.Append($"<div id=\"{ElementId}\" role=\"alertdialog\" aria-labelledby=\"{ElementId}-title\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#141418;color:#f5f5f5;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem\">");
        html.Append($"<h2 id=\"{ElementId}-title\" style=\"margin:0 0 1rem;color:#ff8a80;font:700 1.2rem system-ui,sans-serif\">The build failed ({errors.Count} error{(errors.Count == 1 ? "" : "s")}){(behind ? "; behind this panel is the last good version of the page" : "; no build has succeeded yet")}</h2>");
        html.Append("<ul style=\"list-style:none;margin:0;padding:0\">");
        foreach (var diagnostic in diagnostics)
        {
            html.Append("<li style=\"margin:0 0 .75rem;white-space:pre-wrap\">");
            var text = WebUtility.HtmlEncode(diagnostic.ToString());
            var location = diagnostic.Location;
            if (editor is not null && location.Path.Length > 0 && !location.Path.StartsWith('-') && diagnostic.ToString().StartsWith(location.ToString(), StringComparison.Ordinal))
            {
                // the location opens the file at the line in the author's editor
                var shown = WebUtility.HtmlEncode(location.ToString());
                html.Append("<a style=\"color:#8ab4ff\" href=\"").Append(WebUtility.HtmlEncode(editor.Link(location.Path, location.Line, location.Column))).Append("\">").Append(shown).Append("</a>").Append(text[shown.Length..]);
            }
            else
            {
                html.Append(text);
            }

            html.Append("</li>");
        }

        html.Append("</ul><p style=\"font-family:system-ui,sans-serif;color:#bbb\">Fix the file and save: this page reloads by itself.</p></div>");
        return html.ToString();
    }

    /// <summary>The page with the overlay placed right after &lt;body&gt;, or at the end when there is none.</summary>
    public static string InsertInto(string page, IReadOnlyList<Diagnostic> diagnostics, bool behind = true, EditorLinks? editor = null)
    {
        var overlay = Render(diagnostics, behind, editor);
        var body = page.IndexOf("<body", StringComparison.Ordinal);
        var close = body < 0 ? -1 : page.IndexOf('>', body);
        return close < 0 ? page + overlay : page.Insert(close + 1, overlay);
    }
}
