using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>Lays out each essay for print, from the same models as its web page, ready for the PDF stage.</summary>
internal sealed class PrintRenderingPhase(PageContext context, TemplateRenderer renderer, DiagnosticBag diagnostics)
{
    public const string Layout = "layouts/print.html";

    public IReadOnlyList<PrintDocument> Render()
    {
        var processor = HtmlPostProcessor.ForPrint(context.Config.BaseUrl);
        var settings = context.Config.Pdf;
        var appendix = settings.ReadingListAppendix && context.Page("reading-list") is { } list
            ? CollectionModelBuilder.ReadingList(context, list).Page
            : null;
        var documents = new List<PrintDocument>();
        foreach (var essay in context.Essays)
        {
            var (_, model) = EssayModelBuilder.Build(context, essay);
            var print = new PrintModel(context.Config.Title, context.Config.BaseUrl, context.AbsoluteUrl(essay.Item.Url), appendix);
            var globals = new Dictionary<string, object> { ["site"] = FrameModelBuilder.Site(context), ["page"] = model, ["print"] = print };
            var origin = new SourceLocation(essay.Item.Source.Path, 1, 1);
            var html = renderer.Render(Layout, globals, origin, diagnostics);
            if (html is null)
            {
                continue;
            }

            var htmlPath = essay.Item.OutputPath.Replace("index.html", "print.html", StringComparison.Ordinal);
            var file = processor.Process(new RenderedPage(htmlPath, html, origin));
            documents.Add(new PrintDocument(PageContext.PdfUrl(essay).TrimStart('/'), htmlPath, file.Text, Metadata(essay), settings, origin));
        }

        return documents;
    }

    private PdfMetadata Metadata(RenderedDocument essay)
    {
        var meta = essay.Item.Meta;
        return new PdfMetadata(meta.Title, meta.Author ?? context.Config.Author, meta.Description, meta.Keywords, context.Config.Language);
    }
}
