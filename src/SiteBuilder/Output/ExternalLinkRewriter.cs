using AngleSharp.Html.Dom;

namespace SiteBuilder.Output;

/// <summary>Marks links that leave the site, so styles can show it and print can spell out the URL.</summary>
public sealed class ExternalLinkRewriter : IHtmlRewriter
{
    public void Rewrite(IHtmlDocument document, string pagePath)
    {
        foreach (var link in document.QuerySelectorAll("a[href^='http://'], a[href^='https://']"))
        {
            link.SetAttribute("rel", "external noopener");
            link.ClassList.Add("external");
        }
    }
}
