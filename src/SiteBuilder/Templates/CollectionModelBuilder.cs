using SiteBuilder.Content;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>Builds the models of the pages that list references: the references index and the reading list.</summary>
internal static class CollectionModelBuilder
{
    public static (FrameModel Frame, ReferencesIndexModel Page) ReferencesIndex(PageContext context, BacklinkIndex backlinks, RenderedDocument? intro)
    {
        var title = intro?.Item.Meta.Title ?? "References";
        var bibliography = context.Citations.Bibliography(context.Library.References);
        var entries = bibliography
            .Select(e => new ReferenceSummaryModel(e.Reference.Id, SitePaths.Reference(e.Reference.Id), new HtmlString(e.Text.ToHtml()), backlinks.CountFor(e.Reference.Id))
            {
                Gist = FirstSentence(e.Reference.Annotation),
            })
            .ToList();
        var kinds = bibliography.Select(e => ReferencePageModelBuilder.KindOfWork(e.Reference.Type)).ToList();
        var groups = entries.Select((entry, i) => (Entry: entry, Kind: kinds[i]))
            .GroupBy(x => x.Kind)
            .OrderBy(g => ReferencePageModelBuilder.KindOrder(g.Key))
            .Select(g => new ReferenceGroupModel(g.Key, "kind-" + Slugs.FromText(g.Key), g.Select(x => x.Entry).ToList()))
            .ToList();
        var model = new ReferencesIndexModel(title, new HtmlString(intro?.BodyHtml ?? ""), entries, DownloadLinks.For(SitePaths.ReferencesIndex, "references")) { Groups = groups };
        var breadcrumbs = new List<LinkModel> { new("Home", "/"), new(title, SitePaths.ReferencesIndex) };
        return (FrameModelBuilder.Build(context, title, intro?.Item.Meta.Description, SitePaths.ReferencesIndex, "references", breadcrumbs), model);
    }

    /// <summary>An essay's description as a lede, unless it only repeats the essay's opening words, which the reader is about to read.</summary>
    private static string? Lede(RenderedDocument essay)
    {
        if (essay.Item.Meta.Description is not { Length: > 0 } description)
        {
            return null;
        }

        return essay.Opening.TrimStart().StartsWith(description.Trim().TrimEnd('.', '…'), StringComparison.Ordinal) ? null : description;
    }

    /// <summary>"Examines how attachment styles influence behavior." from a longer annotation; the whole of a short one.</summary>
    private static string? FirstSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var end = System.Text.RegularExpressions.Regex.Match(trimmed, @"[.!?](?=\s+\p{Lu})");
        return end.Success ? trimmed[..(end.Index + 1)] : trimmed;
    }

    public static (FrameModel Frame, ReadingListModel Page) ReadingList(PageContext context, RenderedDocument page)
    {
        var number = 0;
        var themes = context.ReadingGroups
            .Select(g => new ThemeGroupModel(
                g.Theme.Id,
                g.Theme.Title,
                g.Theme.Description,
                g.References.Select(r => new ReadingItemModel(
                    ++number,
                    SitePaths.ReferenceSegment(r.Id),
                    SitePaths.Reference(r.Id),
                    new HtmlString(context.Citations.FormatEntry(r).ToHtml()),
                    r.Annotation,
                    r.Reading.Pages) { Label = ReferencePageModelBuilder.ShortLabel(context, r) }).ToList()))
            .ToList();
        var meta = page.Item.Meta;
        var model = new ReadingListModel(meta.Title, new HtmlString(page.BodyHtml), themes, DownloadLinks.For(page.Item.Url, "reading-list"));
        var breadcrumbs = new List<LinkModel> { new("Home", "/"), new(meta.Title, page.Item.Url) };
        return (FrameModelBuilder.Build(context, meta.Title, meta.Description, page.Item.Url, "reading-list", breadcrumbs), model);
    }

    public static (FrameModel Frame, BasicPageModel Page) Basic(PageContext context, RenderedDocument page)
    {
        var essays = context.Essays
            .OrderByDescending(e => e.Item.Meta.Date)
            .ThenBy(e => e.Item.Meta.Title, StringComparer.Ordinal)
            .Select(e => new EssaySummaryModel(e.Item.Meta.Title, Lede(e), e.Item.Url, ReadingTime.Minutes(e.WordCount)))
            .ToList();
        var meta = page.Item.Meta;
        var model = new BasicPageModel(meta.Title, meta.Description, new HtmlString(page.BodyHtml), essays, context.Library.References.Count, SitePaths.ReadingList, SitePaths.ReferencesIndex);
        var title = page.Item.Url == "/" ? context.Config.Title : meta.Title;
        var jsonLd = page.Item.Url == "/" ? JsonLdBuilder.Site(context) : null;
        return (FrameModelBuilder.Build(context, title, meta.Description, page.Item.Url, page.Item.Layout, jsonLd: jsonLd), model);
    }
}
