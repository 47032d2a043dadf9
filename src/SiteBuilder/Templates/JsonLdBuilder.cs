using System.Globalization;
using System.Text.Json;
using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>
/// schema.org descriptions for search engines: the essay as a ScholarlyArticle with its citations, each
/// reference as the work it is, and the site as a WebSite. Written straight to JSON, without a tree of nodes
/// first (every essay page has one); a value the site does not have is left out, not written as null. The
/// writer's default encoder escapes '&lt;', '&gt;' and '&amp;', so no value can close the script element.
/// </summary>
internal static class JsonLdBuilder
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static HtmlString Essay(PageContext context, RenderedDocument essay) => Write(json =>
    {
        var meta = essay.Item.Meta;
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ScholarlyArticle");
        String(json, "headline", meta.Title);
        String(json, "name", meta.Title);
        String(json, "url", context.AbsoluteUrl(essay.Item.Url));
        String(json, "mainEntityOfPage", context.AbsoluteUrl(essay.Item.Url));
        String(json, "inLanguage", context.Config.Language);
        json.WriteNumber("wordCount", essay.WordCount);
        json.WritePropertyName("isPartOf");
        WebSite(json, context, withContext: false);
        json.WriteEndObject();
        json.WritePropertyName("publisher");
        Named(json, "Organization", context.Config.Title);
        Text(json, "description", meta.Description);
        Text(json, "keywords", meta.Keywords.Count == 0 ? null : string.Join(", ", meta.Keywords));
        Text(json, "datePublished", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if ((meta.Author ?? context.Config.Author) is { } author)
        {
            json.WritePropertyName("author");
            Named(json, "Person", author);
        }

        json.WriteStartArray("citation");
        foreach (var entry in essay.Bibliography)
        {
            json.WriteRawValue(context.CitedWorkJson(entry.Reference), skipInputValidation: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>
    /// A cited work as an essay's JSON-LD lists it, at the depth of its "citation" array: written once inside that
    /// same frame and cut out of it, so each essay that cites the work writes these bytes as they are.
    /// </summary>
    public static byte[] CitedWork(PageContext context, Reference reference)
    {
        using var buffer = new Diagnostics.PooledByteWriter(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("citation");
            Work(json, context, reference, withContext: false);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        // from the line break after "[": a raw value is written as it is, without the line and indent that go before it
        var framed = buffer.WrittenSpan;
        var start = framed.IndexOf((byte)'[') + 1;
        var end = framed.LastIndexOf((byte)']');
        end = framed[..end].LastIndexOf((byte)'}') + 1;
        return framed[start..end].ToArray();
    }

    public static HtmlString Reference(PageContext context, Reference reference) =>
        Write(json => Work(json, context, reference, withContext: true));

    public static HtmlString Site(PageContext context) => Write(json =>
    {
        WebSite(json, context, withContext: true);
        Text(json, "description", context.Config.Description);
        String(json, "inLanguage", context.Config.Language);
        json.WriteEndObject();
    });

    /// <summary>A cited work: a Book, Chapter or ScholarlyArticle with its authors, year, container and DOI.</summary>
    private static void Work(Utf8JsonWriter json, PageContext context, Reference reference, bool withContext)
    {
        json.WriteStartObject();
        if (withContext)
        {
            json.WriteString("@context", "https://schema.org");
        }

        json.WriteString("@type", reference.Type switch { "book" => "Book", "chapter" => "Chapter", "webpage" => "WebPage", _ when reference.IsArticle => "ScholarlyArticle", _ => "CreativeWork" });
        String(json, "name", reference.PlainTitle);
        String(json, "url", context.AbsoluteUrl(SitePaths.Reference(reference.Id)));
        if (reference.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in reference.PlainAuthors)
            {
                Person(json, author);
            }

            json.WriteEndArray();
        }

        Text(json, "datePublished", reference.Year?.ToString(CultureInfo.InvariantCulture));
        if (reference.Publisher is not null)
        {
            json.WritePropertyName("publisher");
            Named(json, "Organization", reference.Publisher);
        }

        if (reference.ContainerTitle is not null)
        {
            json.WritePropertyName("isPartOf");
            Named(json, reference.IsArticle ? "Periodical" : "Book", reference.ContainerTitle);
        }

        Text(json, "volumeNumber", reference.Volume);
        Text(json, "issueNumber", reference.Issue);
        Text(json, "pagination", reference.Page);
        Text(json, "isbn", reference.Isbn);
        Text(json, "sameAs", reference.DoiUrl ?? reference.Url);
        json.WriteEndObject();
    }

    private static void Person(Utf8JsonWriter json, Csl.Data.CslName name)
    {
        if (name.IsLiteral)
        {
            Named(json, "Organization", name.Literal);
            return;
        }

        json.WriteStartObject();
        json.WriteString("@type", "Person");
        String(json, "familyName", name.FamilyWithParticle);
        Text(json, "givenName", name.Given);
        String(json, "name", name.Displayed());
        json.WriteEndObject();
    }

    /// <summary>The site as a WebSite, left open for the caller to add to and close.</summary>
    private static void WebSite(Utf8JsonWriter json, PageContext context, bool withContext)
    {
        json.WriteStartObject();
        if (withContext)
        {
            json.WriteString("@context", "https://schema.org");
        }

        json.WriteString("@type", "WebSite");
        String(json, "name", context.Config.Title);
        String(json, "url", context.HasAddress ? context.Config.BaseUrl : null);
    }

    /// <summary>{"@type": type, "name": name}.</summary>
    private static void Named(Utf8JsonWriter json, string type, string? name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        String(json, "name", name);
        json.WriteEndObject();
    }

    /// <summary>A value that may be missing (null), which leaves the property out.</summary>
    private static void String(Utf8JsonWriter json, string property, string? value)
    {
        if (value is not null)
        {
            json.WriteString(property, value);
        }
    }

    /// <summary>A value that is left out when missing or blank.</summary>
    private static void Text(Utf8JsonWriter json, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(property, value);
        }
    }

    private static HtmlString Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new Diagnostics.PooledByteWriter(4096); // a reference's is under 1 KB, an essay's a few
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return new(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
