using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace SiteBuilder.Output;

/// <summary>
/// The print layout's post-processing, on a DOM: it runs once per essay and only for the PDF, where rewriting
/// links by id earns a full parse. Site pages go through the streaming <see cref="PageRewriter"/> instead.
/// </summary>
public sealed class HtmlPostProcessor(IReadOnlyList<IHtmlRewriter> rewriters)
{
    private readonly HtmlParser parser = new();

    /// <summary>The rewriters for the print layout, which is printed to PDF rather than published.</summary>
    public static HtmlPostProcessor ForPrint(string baseUrl) =>
        new([new ExternalLinkRewriter(), new PrintLinkRewriter(baseUrl)]);

    public OutputFile Process(RenderedPage page)
    {
        var document = parser.ParseDocument(page.Html);
        foreach (var rewriter in rewriters)
        {
            rewriter.Rewrite(document, page.Path);
        }

        using var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, HtmlMarkupFormatter.Instance);
        return OutputFile.FromText(page.Path, writer.ToString().TrimEnd() + "\n", page.Origin);
    }
}
