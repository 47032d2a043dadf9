using AngleSharp.Html.Dom;

namespace SiteBuilder.Output;

/// <summary>
/// Makes every site-root URL ("/references/x/") relative to the page ("../../references/x/index.html"),
/// so the site works under any base path and straight from disk. The 404 page is the exception: servers show
/// it at whatever address was asked for, so its URLs start from the base path instead.
/// </summary>
public sealed class RelativeUrlRewriter(string basePath = "/") : IHtmlRewriter
{
    /// <summary>The page that servers answer unknown addresses with.</summary>
    public const string NotFoundPage = "404.html";

    private static readonly (string Selector, string Attribute)[] Targets =
        [("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src"), ("source[src]", "src")];

    public void Rewrite(IHtmlDocument document, string pagePath)
    {
        foreach (var (selector, attribute) in Targets)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    element.SetAttribute(attribute, pagePath == NotFoundPage ? basePath + value.TrimStart('/') : MakeRelative(pagePath, value));
                }
            }
        }
    }

    /// <summary>The relative URL from the page file <paramref name="pagePath"/> to the site-root URL <paramref name="url"/>.</summary>
    public static string MakeRelative(string pagePath, string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        var (path, tail) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var target = path.EndsWith('/') ? path + "index.html" : path;
        target = target.TrimStart('/');
        if (target == pagePath && tail.StartsWith('#'))
        {
            return tail;
        }

        var from = pagePath.Split('/')[..^1];
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]) + tail;
    }
}
