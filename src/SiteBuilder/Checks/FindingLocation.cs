using AngleSharp.Dom;
using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>Where to report a finding about an element: its Markdown line and column when it came from Markdown, else its page's source.</summary>
internal static class FindingLocation
{
    public static SourceLocation Of(HtmlPage page, IElement element) =>
        SourcePositionAttribute.Parse(element.GetAttribute(SourcePositionAttribute.Name)) is var (line, column)
            ? new SourceLocation(page.Origin.Path, line, column)
            : page.Origin;
}
