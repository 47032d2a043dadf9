using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The template phase: builds each page's view models and renders it through its layout and the base layout.</summary>
internal sealed class PageRenderingPhase(PageContext context, TemplateRenderer renderer, DiagnosticBag diagnostics)
{
    private readonly BacklinkIndex backlinks = new(context.Essays);

    public IReadOnlyList<RenderedPage> Render()
    {
        var pages = new List<RenderedPage>();
        foreach (var document in context.Documents)
        {
            var origin = document.Item.Meta.LayoutLocation;
            var file = SourceLocation.File(document.Item.Source.Path);
            var (frame, page) = document.Item.Kind == ContentKind.Essay ? Models(EssayModelBuilder.Build(context, document))
                : document.Item.Layout switch
                {
                    "reading-list" => Models(CollectionModelBuilder.ReadingList(context, document)),
                    "references" => Models(CollectionModelBuilder.ReferencesIndex(context, backlinks, document)),
                    _ => Models(CollectionModelBuilder.Basic(context, document)),
                };
            Add(pages, document.Item.Layout, frame, page, origin, file);
        }

        if (context.Library.References.Count > 0 && context.Page("references") is null)
        {
            var (frame, page) = CollectionModelBuilder.ReferencesIndex(context, backlinks, null);
            var origin = SourceLocation.File(ReferencesReader.FileName);
            Add(pages, "references", frame, page, origin, origin);
        }

        var ordered = context.Citations.Style.Sort(context.Library.References);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (frame, page) = ReferencePageModelBuilder.Build(context, backlinks, ordered, i);
            Add(pages, "reference", frame, page, ordered[i].Location, ordered[i].Location);
        }

        return pages;
    }

    private static (FrameModel, object) Models<T>((FrameModel Frame, T Page) models) where T : notnull => (models.Frame, models.Page);

    /// <summary>Renders one page; template errors point at <paramref name="templateOrigin"/>, later checks at <paramref name="origin"/>.</summary>
    private void Add(List<RenderedPage> pages, string layout, FrameModel frame, object page, SourceLocation templateOrigin, SourceLocation origin)
    {
        var globals = new Dictionary<string, object>
        {
            ["site"] = FrameModelBuilder.Site(context),
            ["frame"] = frame,
            ["page"] = page,
        };
        var used = new List<string>();
        var html = renderer.RenderPage(layout, globals, templateOrigin, diagnostics, used);
        if (html is not null)
        {
            pages.Add(new RenderedPage(SitePaths.OutputPathFor(frame.Url), html, origin) { Templates = used.Select(t => "templates/" + t).ToList() });
        }
    }
}
