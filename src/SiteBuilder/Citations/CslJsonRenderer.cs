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
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps dashes and quotes readable; output is a file, not inline script
    };

    public static string Render(IEnumerable<Reference> references) => Encoding.UTF8.GetString(RenderUtf8(references));

    /// <summary>The file's bytes, written as UTF-8 from the start (a whole library's export is never one large string).</summary>
    internal static byte[] RenderUtf8(IEnumerable<Reference> references)
    {
        // about a kilobyte an item: a reference's own file (most of a large library's files) starts small
        using var buffer = new Diagnostics.PooledByteWriter(references.TryGetNonEnumeratedCount(out var count) ? Math.Clamp(count * 1024, 1024, 1 << 20) : 16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var reference in references)
            {
                WriteOne(json, reference);
            }

            json.WriteEndArray();
        }

        var bytes = new byte[buffer.WrittenSpan.Length + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>The item with every variable it was read with, names and dates in CSL's structured forms.</summary>
    private static void WriteOne(Utf8JsonWriter json, Reference reference)
    {
        var item = reference.Item;
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("type", item.Type);
        // Names, dates, then the other variables, each in the order the file gave them.
        foreach (var (variable, names) in item.Names)
        {
            WriteNames(json, variable, names);
        }

        foreach (var (variable, date) in item.Dates)
        {
            WriteDate(json, variable, date);
        }

        foreach (var (variable, value) in item.Variables)
        {
            Field(json, variable, variable == "DOI" ? reference.Doi : value);
        }

        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string key, IReadOnlyList<Csl.Data.CslName> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        json.WriteStartArray(key);
        foreach (var name in names)
        {
            json.WriteStartObject();
            // a particle that keeps the space written after its apostrophe ("de' ", read from "de' Medici") goes back
            // into the family name as written: a field of its own would lose the space when read again
            var spaced = name.ParticleKeepsSpace;
            Field(json, "family", spaced ? name.NonDroppingParticle + name.Family : name.Family);
            Field(json, "given", name.Given);
            Field(json, "dropping-particle", name.DroppingParticle);
            Field(json, "non-dropping-particle", spaced ? null : name.NonDroppingParticle);
            Field(json, "suffix", name.Suffix);
            Field(json, "literal", name.Literal);
            if (name.CommaSuffix)
            {
                json.WriteBoolean("comma-suffix", true);
            }

            if (name.StaticOrdering)
            {
                json.WriteBoolean("static-ordering", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string key, Csl.Data.CslDate date)
    {
        json.WriteStartObject(key);
        if (date.Parts.Count > 0)
        {
            json.WriteStartArray("date-parts");
            foreach (var part in date.Parts)
            {
                json.WriteStartArray();
                json.WriteNumberValue(part.Year);
                if (part.Month is { } month)
                {
                    json.WriteNumberValue(month);
                }

                if (part.Day is { } day)
                {
                    json.WriteNumberValue(day);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        if (date.Season is { } season)
        {
            json.WriteNumber("season", season);
        }

        if (date.Circa)
        {
            json.WriteBoolean("circa", true);
        }

        Field(json, "literal", date.Literal);
        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(key, value);
        }
    }
}
