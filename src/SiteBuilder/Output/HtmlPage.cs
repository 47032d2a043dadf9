using AngleSharp.Html.Dom;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>A post-processed page with its parsed DOM, which checks read without parsing again.</summary>
public sealed record HtmlPage(string Path, IHtmlDocument Document, SourceLocation Origin)
{
    /// <summary>The template files that wrote the page, for findings on markup that did not come from Markdown.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];
}
