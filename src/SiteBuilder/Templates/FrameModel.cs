namespace SiteBuilder.Templates;

/// <summary>
/// What every page has, as <c>frame</c>: its title, description and URL (also absolute, for the canonical
/// link and Open Graph), breadcrumbs, head meta tags, its Open Graph type, JSON-LD, and the navigation.
/// </summary>
public sealed record FrameModel(
    string Title,
    string? Description,
    string Url,
    string? CanonicalUrl,
    string Layout,
    string OgType,
    IReadOnlyList<LinkModel> Breadcrumbs,
    IReadOnlyList<MetaTagModel> Meta,
    HtmlString? JsonLd,
    IReadOnlyList<NavLinkModel> Nav)
{
    /// <summary>Pages that search engines should not index, such as the 404 page.</summary>
    public bool NoIndex => Layout == "404";
}
