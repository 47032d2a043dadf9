using AngleSharp.Html.Dom;

namespace SiteBuilder.Output;

/// <summary>Gives each heading of the main text a link to itself, for readers who share a section.</summary>
public sealed class HeadingAnchorRewriter : IHtmlRewriter
{
    public void Rewrite(IHtmlDocument document, string pagePath)
    {
        foreach (var heading in document.QuerySelectorAll(".prose h2[id], .prose h3[id], .prose h4[id]"))
        {
            var anchor = document.CreateElement("a");
            anchor.ClassList.Add("heading-anchor");
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", "Link to the section “" + heading.TextContent.Trim() + "”");
            anchor.TextContent = "#";
            heading.AppendChild(document.CreateTextNode(" "));
            heading.AppendChild(anchor);
        }
    }
}
