namespace SiteBuilder.Templates;

/// <summary>What every page has, as <c>frame</c>: its title, description, URL, breadcrumbs and head meta tags.</summary>
public sealed record FrameModel(
    string Title,
    string? Description,
    string Url,
    string Layout,
    IReadOnlyList<LinkModel> Breadcrumbs,
    IReadOnlyList<MetaTagModel> Meta,
    IReadOnlyList<NavLinkModel> Nav);
