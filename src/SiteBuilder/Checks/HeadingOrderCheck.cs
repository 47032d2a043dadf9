using AngleSharp.Dom;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Checks;

/// <summary>
/// Each page's main content has one h1 and never skips a heading level on the way down (h2 then h4), so the
/// outline that screen readers and the PDF build from it holds together.
/// </summary>
public sealed class HeadingOrderCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site)
    {
        foreach (var page in site.Pages)
        {
            var headings = (page.Document.QuerySelector("main") ?? page.Document.Body)?.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList() ?? [];
            var h1s = headings.Count(h => Level(h) == 1);
            if (h1s != 1)
            {
                yield return Diagnostic.Warning(DiagnosticCodes.HeadingOrder, page.Origin, $"{page.Path} has {h1s} h1 headings; a page needs exactly one{FindingLocation.PageTemplates(page)}");
            }

            for (var i = 1; i < headings.Count; i++)
            {
                if (Level(headings[i]) > Level(headings[i - 1]) + 1)
                {
                    yield return Diagnostic.Warning(
                        DiagnosticCodes.HeadingOrder,
                        page.Origin,
                        $"{page.Path}: heading “{Text(headings[i])}” (h{Level(headings[i])}) follows an h{Level(headings[i - 1])}; headings skip no level");
                }
            }
        }
    }

    private static int Level(IElement heading) => heading.LocalName[1] - '0';

    /// <summary>The heading as readers see it, without the self-link the post-processor adds.</summary>
    private static string Text(IElement heading) =>
        string.Concat(heading.ChildNodes.Where(n => n is not IElement { ClassName: "heading-anchor" }).Select(n => n.TextContent)).Trim();
}
