using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The files that search engines and feed readers look for: sitemap.xml, robots.txt and the Atom feed.</summary>
internal static class PublishingFileWriter
{
    public static IEnumerable<OutputFile> Write(PageContext context, IEnumerable<string> pagePaths, DateTimeOffset buildTime)
    {
        var origin = SourceLocation.File(SiteConfig.FileName);
        var config = context.Config;
        if (!context.HasAddress)
        {
            // a sitemap and a feed are made of full addresses: without one, there is neither
            yield return OutputFile.FromText(SitePaths.OutputPathFor(SitePaths.Robots), SitemapRenderer.Robots(null), origin);
            yield break;
        }

        var essayDates = context.Essays.ToDictionary(e => e.Item.OutputPath, e => e.Item.Meta.Date, StringComparer.Ordinal);
        var buildDay = DateOnly.FromDateTime(buildTime.UtcDateTime);
        var pages = pagePaths
            .Where(p => p != SitePaths.OutputPathFor(SitePaths.Page("404")))
            .Select(p => (context.AbsoluteUrl(PrettyUrl(p))!, essayDates.GetValueOrDefault(p) ?? buildDay));
        yield return OutputFile.FromText(SitePaths.OutputPathFor(SitePaths.Sitemap), SitemapRenderer.Render(pages), origin);
        yield return OutputFile.FromText(SitePaths.OutputPathFor(SitePaths.Robots), SitemapRenderer.Robots(context.AbsoluteUrl(SitePaths.Sitemap)), origin);

        var entries = context.Essays
            .Select(e => new FeedEntry(
                e.Item.Meta.Title,
                context.AbsoluteUrl(e.Item.Url)!,
                e.Item.Meta.Description,
                e.Item.Meta.Author ?? config.Author,
                e.Item.Meta.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : buildTime))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
        var feed = AtomFeedRenderer.Render(config.Title, config.Description, config.Language, config.BaseUrl, context.AbsoluteUrl(SitePaths.Feed)!, config.Author ?? config.Title, entries, buildTime);
        yield return OutputFile.FromText(SitePaths.OutputPathFor(SitePaths.Feed), feed, origin);
    }

    /// <summary>"essays/x/index.html" is served as "/essays/x/".</summary>
    private static string PrettyUrl(string path) =>
        "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
}
