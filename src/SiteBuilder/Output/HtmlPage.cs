using AngleSharp.Html.Dom;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>A post-processed page with its parsed DOM, which checks read without parsing again.</summary>
public sealed record HtmlPage(string Path, IHtmlDocument Document, SourceLocation Origin);
