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
            var outline = page.Headings;
            if (outline.H1Count != 1)
            {
                yield return Diagnostic.Warning(DiagnosticCodes.HeadingOrder, page.Origin, $"{page.Path} has {outline.H1Count} h1 headings; a page needs exactly one{FindingLocation.PageTemplates(page)}");
            }

            foreach (var skip in outline.Skips)
            {
                yield return Diagnostic.Warning(
                    DiagnosticCodes.HeadingOrder,
                    FindingLocation.At(page, skip.Heading.MarkdownPosition),
                    $"{page.Path}: heading “{skip.Heading.Text}” (h{skip.Heading.Level}) follows an h{skip.PreviousLevel}; headings skip no level");
            }
        }
    }
}
