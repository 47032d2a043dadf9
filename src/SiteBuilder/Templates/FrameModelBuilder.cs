using SiteBuilder.Content;

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
        IReadOnlyList<MetaTagModel>? meta = null,
        HtmlString? jsonLd = null,
        string ogType = "website")
    {
        var nav = context.Config.Nav
            .Select(n => new NavLinkModel(n.Title, n.Url, IsCurrent(n.Url, url)))
            .ToList();
        return new FrameModel(title, description ?? context.Config.Description, url, context.AbsoluteUrl(url), layout, ogType, breadcrumbs ?? [], meta ?? [], jsonLd, nav);
    }

    public static SiteModel Site(PageContext context) =>
        new(context.Config.Title, context.Config.Description, context.Config.Author, context.Config.Language, Locale(context.Config.Language), context.HasAddress ? SitePaths.Feed : null);

    /// <summary>Open Graph wants "en_GB" where HTML has "en-GB"; a bare language has no locale.</summary>
    private static string? Locale(string language) => language.Contains('-') ? language.Replace('-', '_') : null;

    private static bool IsCurrent(string navUrl, string pageUrl) =>
        navUrl == "/" ? pageUrl == "/" : pageUrl.StartsWith(navUrl, StringComparison.Ordinal);
}
