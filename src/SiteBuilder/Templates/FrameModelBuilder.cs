namespace SiteBuilder.Templates;

/// <summary>Builds the frame every page shares: navigation with the current section marked, breadcrumbs, meta tags.</summary>
internal static class FrameModelBuilder
{
    public static FrameModel Build(
        PageContext context,
        string title,
        string? description,
        string url,
        string layout,
        IReadOnlyList<LinkModel>? breadcrumbs = null,
        IReadOnlyList<MetaTagModel>? meta = null)
    {
        var nav = context.Config.Nav
            .Select(n => new NavLinkModel(n.Title, n.Url, IsCurrent(n.Url, url)))
            .ToList();
        return new FrameModel(title, description ?? context.Config.Description, url, layout, breadcrumbs ?? [], meta ?? [], nav);
    }

    public static SiteModel Site(PageContext context) =>
        new(context.Config.Title, context.Config.Description, context.Config.Author, context.Config.Language, []);

    private static bool IsCurrent(string navUrl, string pageUrl) =>
        navUrl == "/" ? pageUrl == "/" : pageUrl.StartsWith(navUrl, StringComparison.Ordinal);
}
