namespace SiteBuilder.Content;

/// <summary>The site's URL scheme, in one place: every URL inside the build is a path from the site root.</summary>
public static class SitePaths
{
    public const string ReferencesIndex = "/references/";
    public const string ReadingList = "/reading-list/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    public static string Essay(string slug) => $"/essays/{slug}/";

    public static string Reference(string id) => $"/references/{id}/";

    /// <summary>The URL of a page made from content/pages/&lt;slug&gt;.md.</summary>
    public static string Page(string slug) => slug switch
    {
        "index" => "/",
        "404" => "/404.html",
        _ => $"/{slug}/",
    };

    /// <summary>The file that serves a URL: folders get index.html.</summary>
    public static string OutputPathFor(string url) =>
        (url.EndsWith('/') ? url + "index.html" : url).TrimStart('/');
}
