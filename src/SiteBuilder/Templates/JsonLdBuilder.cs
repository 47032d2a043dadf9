using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>
/// schema.org descriptions for search engines: the essay as a ScholarlyArticle with its citations, each
/// reference as the work it is, and the site as a WebSite. The JSON is safe inside a script element.
/// </summary>
internal static class JsonLdBuilder
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static HtmlString Essay(PageContext context, RenderedDocument essay)
    {
        var meta = essay.Item.Meta;
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["headline"] = meta.Title,
            ["name"] = meta.Title,
            ["url"] = context.AbsoluteUrl(essay.Item.Url),
            ["mainEntityOfPage"] = context.AbsoluteUrl(essay.Item.Url),
            ["inLanguage"] = context.Config.Language,
            ["wordCount"] = essay.WordCount,
            ["isPartOf"] = WebSite(context),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = context.Config.Title },
        };
        Add(node, "description", meta.Description);
        Add(node, "keywords", meta.Keywords.Count == 0 ? null : string.Join(", ", meta.Keywords));
        Add(node, "datePublished", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if ((meta.Author ?? context.Config.Author) is { } author)
        {
            node["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        node["citation"] = new JsonArray(essay.Bibliography.Select(e => (JsonNode)Work(context, e.Reference)).ToArray());
        return Serialize(node);
    }

    public static HtmlString Reference(PageContext context, Reference reference)
    {
        var node = Work(context, reference);
        node.Insert(0, "@context", "https://schema.org");
        return Serialize(node);
    }

    public static HtmlString Site(PageContext context)
    {
        var node = WebSite(context);
        node.Insert(0, "@context", "https://schema.org");
        Add(node, "description", context.Config.Description);
        node["inLanguage"] = context.Config.Language;
        return Serialize(node);
    }

    /// <summary>A cited work: a Book, Chapter or ScholarlyArticle with its authors, year, container and DOI.</summary>
    private static JsonObject Work(PageContext context, Reference reference)
    {
        var node = new JsonObject
        {
            ["@type"] = reference.Type switch { "book" => "Book", "chapter" => "Chapter", "webpage" => "WebPage", _ when reference.IsArticle => "ScholarlyArticle", _ => "CreativeWork" },
            ["name"] = reference.PlainTitle,
            ["url"] = context.AbsoluteUrl(SitePaths.Reference(reference.Id)),
        };
        if (reference.Authors.Count > 0)
        {
            node["author"] = new JsonArray(reference.Authors.Select(a => (JsonNode)Person(a)).ToArray());
        }

        Add(node, "datePublished", reference.Year?.ToString(CultureInfo.InvariantCulture));
        if (reference.Publisher is not null)
        {
            node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = reference.Publisher };
        }

        if (reference.ContainerTitle is not null)
        {
            node["isPartOf"] = new JsonObject { ["@type"] = reference.IsArticle ? "Periodical" : "Book", ["name"] = reference.ContainerTitle };
        }

        Add(node, "volumeNumber", reference.Volume);
        Add(node, "issueNumber", reference.Issue);
        Add(node, "pagination", reference.Page);
        Add(node, "isbn", reference.Isbn);
        Add(node, "sameAs", reference.DoiUrl ?? reference.Url);
        return node;
    }

    private static JsonObject Person(Csl.Data.CslName name)
    {
        if (name.IsLiteral)
        {
            return new JsonObject { ["@type"] = "Organization", ["name"] = name.Literal };
        }

        var node = new JsonObject { ["@type"] = "Person", ["familyName"] = name.FamilyWithParticle };
        Add(node, "givenName", name.Given);
        node["name"] = name.Displayed();
        return node;
    }

    private static JsonObject WebSite(PageContext context) =>
        new() { ["@type"] = "WebSite", ["name"] = context.Config.Title, ["url"] = context.HasAddress ? context.Config.BaseUrl : null };

    private static void Add(JsonObject node, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[key] = value;
        }
    }

    /// <summary>The default encoder escapes '&lt;', '&gt;' and '&amp;', so no value can close the script element.</summary>
    private static HtmlString Serialize(JsonObject node)
    {
        DropNulls(node); // an address the site does not have is left out, not written as null
        return new(node.ToJsonString(Options).ReplaceLineEndings("\n"));
    }

    private static void DropNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }

            foreach (var (_, value) in obj)
            {
                DropNulls(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var value in array)
            {
                DropNulls(value);
            }
        }
    }
}
