using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace SiteBuilder.Output;

/// <summary>Parses each page once, applies the rewriters in order, and serializes it again.</summary>
public sealed class HtmlPostProcessor(IReadOnlyList<IHtmlRewriter> rewriters)
{
    private readonly HtmlParser parser = new();

    public static HtmlPostProcessor Default(bool preview = false) =>
        new(preview
            ? [new HeadingAnchorRewriter(), new ExternalLinkRewriter(), new LiveReloadRewriter(), new RelativeUrlRewriter()]
            : [new HeadingAnchorRewriter(), new ExternalLinkRewriter(), new RelativeUrlRewriter()]);

    /// <summary>The rewriters for the print layout, which is printed to PDF rather than published.</summary>
    public static HtmlPostProcessor ForPrint(string baseUrl) =>
        new([new ExternalLinkRewriter(), new PrintLinkRewriter(baseUrl)]);

    public (OutputFile File, HtmlPage Page) Process(RenderedPage page)
    {
        var document = parser.ParseDocument(page.Html);
        foreach (var rewriter in rewriters)
        {
            rewriter.Rewrite(document, page.Path);
        }

        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, HtmlMarkupFormatter.Instance);
        var html = writer.ToString().TrimEnd() + "\n";
        return (OutputFile.FromText(page.Path, html, page.Origin), new HtmlPage(page.Path, document, page.Origin));
    }
}
