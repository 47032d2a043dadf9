using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteBuilder.Output;

/// <summary>Writes the site's Atom feed (RFC 4287) of essays.</summary>
public static class AtomFeedRenderer
{
    /// <summary>The feed of <paramref name="entries"/>; <paramref name="feedUrl"/> is its own absolute address.</summary>
    public static string Render(string siteTitle, string? subtitle, string language, string baseUrl, string feedUrl, string author, IReadOnlyList<FeedEntry> entries, DateTimeOffset fallbackUpdated)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, Settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("title", atom, siteTitle);
            if (subtitle is not null)
            {
                xml.WriteElementString("subtitle", atom, subtitle);
            }

            Link(xml, feedUrl, "self", "application/atom+xml");
            Link(xml, baseUrl, "alternate", "text/html");
            xml.WriteElementString("id", atom, baseUrl);
            xml.WriteElementString("updated", atom, Stamp(entries.Count == 0 ? fallbackUpdated : entries.Max(e => e.Updated)));
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, author);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, entry.Title);
                Link(xml, entry.Url, "alternate", "text/html");
                xml.WriteElementString("id", atom, entry.Url);
                xml.WriteElementString("updated", atom, Stamp(entry.Updated));
                if (entry.Author is not null)
                {
                    xml.WriteStartElement("author", atom);
                    xml.WriteElementString("name", atom, entry.Author);
                    xml.WriteEndElement();
                }

                if (entry.Summary is not null)
                {
                    xml.WriteElementString("summary", atom, entry.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n";
    }

    internal static XmlWriterSettings Settings { get; } = new() { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false };

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
