using AngleSharp.Html;
using AngleSharp.Html.Parser;
using SiteBuilder.Markdown;

namespace SiteBuilder.Output;

/// <summary>Parses each page once, applies the rewriters in order, and serializes it again after the checks.</summary>
public sealed class HtmlPostProcessor(IReadOnlyList<IHtmlRewriter> rewriters)
{
    private readonly HtmlParser parser = new();

    /// <summary>The rewriters of a site page; <paramref name="basePath"/> is the path the site is served under ("/project/").</summary>
    public static HtmlPostProcessor Default(bool preview = false, string basePath = "/") =>
        new(preview
            ? [new HeadingAnchorRewriter(), new ExternalLinkRewriter(), new LiveReloadRewriter(), new RelativeUrlRewriter(basePath)]
            : [new HeadingAnchorRewriter(), new ExternalLinkRewriter(), new RelativeUrlRewriter(basePath)]);

    /// <summary>The rewriters for the print layout, which is printed to PDF rather than published.</summary>
    public static HtmlPostProcessor ForPrint(string baseUrl) =>
        new([new ExternalLinkRewriter(), new PrintLinkRewriter(baseUrl)]);

    /// <summary>Parses the page and applies every rewriter; checks read the result before it is serialized.</summary>
    public HtmlPage Rewrite(RenderedPage page)
    {
        var document = parser.ParseDocument(page.Html);
        foreach (var rewriter in rewriters)
        {
            rewriter.Rewrite(document, page.Path);
        }

        return new HtmlPage(page.Path, document, page.Origin) { Templates = page.Templates };
    }

    /// <summary>The page as written: without the source positions that only checks need.</summary>
    public static OutputFile Serialize(HtmlPage page)
    {
        foreach (var element in page.Document.QuerySelectorAll($"[{SourcePositionAttribute.Name}]"))
        {
            element.RemoveAttribute(SourcePositionAttribute.Name);
        }

        using var writer = new StringWriter { NewLine = "\n" };
        page.Document.ToHtml(writer, HtmlMarkupFormatter.Instance);
        return OutputFile.FromText(page.Path, writer.ToString().TrimEnd() + "\n", page.Origin);
    }

    public OutputFile Process(RenderedPage page) => Serialize(Rewrite(page));
}
