using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteBuilder.Citations;

/// <summary>Renders references as CSL-JSON, the format citeproc engines, Pandoc and Zotero read.</summary>
public static class CslJsonRenderer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps dashes and quotes readable; output is a file, not inline script
    };

    public static string Render(IEnumerable<Reference> references)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var reference in references)
            {
                WriteOne(json, reference);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteOne(Utf8JsonWriter json, Reference reference)
    {
        json.WriteStartObject();
        json.WriteString("id", reference.Id);
        json.WriteString("type", reference.Type);
        WriteNames(json, "author", reference.Authors);
        WriteNames(json, "editor", reference.Editors);
        if (reference.Year is { } year)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(year);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        Field(json, "title", reference.Title);
        Field(json, "container-title", reference.ContainerTitle);
        Field(json, "volume", reference.Volume);
        Field(json, "issue", reference.Issue);
        Field(json, "page", reference.Page);
        Field(json, "edition", reference.Edition);
        Field(json, "publisher", reference.Publisher);
        Field(json, "publisher-place", reference.PublisherPlace);
        Field(json, "DOI", reference.Doi);
        Field(json, "URL", reference.Url);
        Field(json, "ISBN", reference.Isbn);
        Field(json, "annote", reference.Annotation);
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string key, IReadOnlyList<PersonName> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        json.WriteStartArray(key);
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("family", name.Family);
            Field(json, "given", name.Given);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Field(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(key, value);
        }
    }
}
