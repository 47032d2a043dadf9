namespace SiteBuilder.Configuration;

/// <summary>One entry of the site navigation: a label and a site-root path such as <c>/reading-list/</c>.</summary>
public sealed record NavItem(string Title, string Url)
{
    /// <summary>Where the url is written in site.yaml, so a nav entry that leads nowhere is reported there, once.</summary>
    public Diagnostics.SourceLocation? UrlLocation { get; init; }
}
