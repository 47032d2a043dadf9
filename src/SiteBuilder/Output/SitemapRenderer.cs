using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteBuilder.Output;

/// <summary>Writes sitemap.xml (sitemaps.org protocol) and robots.txt, which points to it.</summary>
public static class SitemapRenderer
{
    /// <summary>The sitemap of the given absolute page URLs, each with the date it last changed.</summary>
    public static string Render(IEnumerable<(string Url, DateOnly LastModified)> pages)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, AtomFeedRenderer.Settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, modified) in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                xml.WriteElementString("lastmod", ns, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n";
    }

    /// <summary>robots.txt allowing everything and naming the sitemap's absolute URL.</summary>
    public static string Robots(string? sitemapUrl) => sitemapUrl is null ? "User-agent: *\nAllow: /\n" : $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n";
}
