using System.Net;
using PuppeteerSharp;
using SiteBuilder.Output;
using SiteBuilder.Preview;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>
/// Serves built files to a Chromium page from memory, under a private origin and the site's base path, as a
/// static host would (the 404 page, for one, links from the base path and needs a server to be seen right).
/// </summary>
public static class SiteOrigin
{
    public const string Root = "http://site.test";

    public static string Url(string basePath, string path) => Root + basePath + path;

    public static async Task ServeAsync(IPage page, IReadOnlyList<OutputFile> files, string basePath)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = new Uri(e.Request.Url);
            if (url.GetLeftPart(UriPartial.Authority) != Root || !url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
            {
                await e.Request.AbortAsync();
                return;
            }

            var path = RequestPath.ToSitePath("/" + url.AbsolutePath[basePath.Length..]);
            var found = path is not null && byPath.TryGetValue(path, out var file) ? file : byPath["404.html"];
            await e.Request.RespondAsync(new ResponseData
            {
                Status = found.Path == path ? HttpStatusCode.OK : HttpStatusCode.NotFound,
                ContentType = MediaTypes.For(found.Path),
                BodyData = found.Bytes,
            });
        };
    }
}
