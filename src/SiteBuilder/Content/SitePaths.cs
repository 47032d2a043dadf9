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

    public static string Reference(string id) => $"/references/{ReferenceSegment(id)}/";

    /// <summary>
    /// The id as one safe path segment (and HTML id part). Ids from reference managers may hold anything
    /// ("doi:10.1000/x", "a b", ".."): an id of letters, digits, '_', '-' and inner '.' is used as it is;
    /// any other becomes its slug plus a short hash of the id, so distinct ids never share a page.
    /// </summary>
    public static string ReferenceSegment(string id)
    {
        if (IsSafeSegment(id))
        {
            return id;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..8];
        var slug = Slugs.FromText(id);
        return (slug.Length == 0 ? "ref" : slug) + "-" + hash;
    }

    private static bool IsSafeSegment(string id) =>
        id.Length is > 0 and <= 100
        && char.IsAsciiLetterOrDigit(id[0])
        && id[^1] != '.'
        && !id.AsSpan().ContainsAnyExcept(SegmentCharacters); // every link to a reference asks: one search, no enumerator

    private static readonly System.Buffers.SearchValues<char> SegmentCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");

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
