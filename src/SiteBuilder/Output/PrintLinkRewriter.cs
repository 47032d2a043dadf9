using AngleSharp.Html.Dom;

namespace SiteBuilder.Output;

/// <summary>
/// For the print layout: citations point at their entries inside the document, and other site links become
/// absolute URLs under base_url, since a PDF lives apart from the site. Stylesheets stay as they are.
/// </summary>
public sealed class PrintLinkRewriter(string baseUrl) : IHtmlRewriter
{
    public void Rewrite(IHtmlDocument document, string pagePath)
    {
        foreach (var citation in document.QuerySelectorAll("a.citation-link[data-ref]"))
        {
            var entry = citation.GetAttribute("data-ref")!;
            if (document.GetElementById(entry) is not null)
            {
                citation.SetAttribute("href", "#" + entry);
            }
        }

        foreach (var link in document.QuerySelectorAll("a[href^='/']"))
        {
            link.SetAttribute("href", baseUrl.TrimEnd('/') + link.GetAttribute("href"));
        }
    }
}
