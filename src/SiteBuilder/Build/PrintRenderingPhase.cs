using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>Lays out each essay for print, from the same models as its web page, ready for the PDF stage.</summary>
internal sealed class PrintRenderingPhase(PageContext context, TemplateRenderer renderer, DiagnosticBag diagnostics, DateTimeOffset buildTime)
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
            // the appendix refers to the essay's References for the works they already give in full
            var cited = essay.Bibliography.Select(e => e.Reference.Id).ToHashSet(StringComparer.Ordinal);
            var own = appendix is null ? null : appendix with
            {
                Themes = appendix.Themes.Select(t => t with
                {
                    Items = t.Items.Select(i => cited.Contains(i.Id) ? i with { ReferencesAnchor = "ref-" + i.Id } : i).ToList(),
                }).ToList(),
            };
            var print = new PrintModel(context.Config.Title, context.Config.BaseUrl, context.AbsoluteUrl(essay.Item.Url), own)
            {
                RunningTitle = new HtmlString(CssString(essay.Item.Meta.Title)),
            };
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

    /// <summary>Text as a quoted CSS string, safe inside a style element: quotes and backslashes escaped, '&lt;' and line breaks as code points.</summary>
    private static string CssString(string text)
    {
        var css = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            css.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '<' => "\\3C ",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return css.Append('"').ToString();
    }

    private PdfMetadata Metadata(RenderedDocument essay)
    {
        var meta = essay.Item.Meta;
        return new PdfMetadata(meta.Title, meta.Author ?? context.Config.Author, meta.Description, meta.Keywords, context.Config.Language, buildTime);
    }
}
