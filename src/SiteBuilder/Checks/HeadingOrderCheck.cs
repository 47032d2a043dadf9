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
            var headings = page.Headings;
            var h1s = headings.Count(h => h.Level == 1);
            if (h1s != 1)
            {
                yield return Diagnostic.Warning(DiagnosticCodes.HeadingOrder, page.Origin, $"{page.Path} has {h1s} h1 headings; a page needs exactly one{FindingLocation.PageTemplates(page)}");
            }

            for (var i = 1; i < headings.Count; i++)
            {
                if (headings[i].Level > headings[i - 1].Level + 1)
                {
                    yield return Diagnostic.Warning(
                        DiagnosticCodes.HeadingOrder,
                        page.Origin,
                        $"{page.Path}: heading “{headings[i].Text}” (h{headings[i].Level}) follows an h{headings[i - 1].Level}; headings skip no level");
                }
            }
        }
    }
}
