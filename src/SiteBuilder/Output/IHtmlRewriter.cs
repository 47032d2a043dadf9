using AngleSharp.Html.Dom;

namespace SiteBuilder.Output;

/// <summary>One change made to every page's DOM during post-processing.</summary>
public interface IHtmlRewriter
{
    void Rewrite(IHtmlDocument document, string pagePath);
}
