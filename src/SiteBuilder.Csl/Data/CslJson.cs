using System.Globalization;
using System.Text.Json;

namespace SiteBuilder.Csl.Data;

/// <summary>
/// Reads CSL-JSON items on their own, without places or diagnostics: for the engine's users and its conformance
/// runs. Sites read bibliographies through SiteBuilder's located readers instead.
/// </summary>
public static class CslJson
{
    public static List<CslItem> ReadItems(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray().Select(ReadItem).ToList()
            : [ReadItem(document.RootElement)];
    }

    public static CslItem ReadItem(JsonElement element)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDate>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var key = CslVocabulary.Canonical(property.Name) ?? property.Name;
            if (CslVocabulary.NameVariables.Contains(key) && property.Value.ValueKind == JsonValueKind.Array)
            {
                names[key] = property.Value.EnumerateArray().Select(Name).OfType<CslName>().ToList();
            }
            else if (CslVocabulary.DateVariables.Contains(key))
            {
                if (Date(property.Value) is { } date)
                {
                    dates[key] = date;
                }
            }
            else if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                var text = Text(property.Value);
                if (CslVocabulary.Canonical(property.Name) is null && key is not ("id" or "type"))
                {
                    extra[key] = text;
                }
                else
                {
                    variables[key] = text;
                }
            }
        }

        var id = element.TryGetProperty("id", out var idValue) ? Text(idValue) : "";
        var type = element.TryGetProperty("type", out var typeValue) ? Text(typeValue) : "document";
        variables.Remove("id");
        variables.Remove("type");
        return CslNoteFields.Apply(new CslItem(id, type) { Variables = variables, Names = names, Dates = dates, Extra = extra });
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString() ?? "";

    private static CslName? Name(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return CslName.Institution(element.GetString() ?? "");
        }

        string? Get(string key) => element.TryGetProperty(key, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null) : null;
        bool Flag(string key) => element.TryGetProperty(key, out var v) && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.String && v.GetString() == "true") || (v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0"));
        var name = new CslName
        {
            Family = Get("family"),
            Given = Get("given"),
            Suffix = Get("suffix"),
            DroppingParticle = Get("dropping-particle"),
            NonDroppingParticle = Get("non-dropping-particle"),
            Literal = Get("literal") ?? (Flag("isInstitution") ? Get("family") : null),
            CommaSuffix = Flag("comma-suffix"),
            StaticOrdering = Flag("static-ordering"),
        };
        if (name.Literal is null && name.Family is null && name.Given is null)
        {
            return null;
        }

        var parse = !element.TryGetProperty("parse-names", out var p) || !(p.ValueKind == JsonValueKind.False || (p.ValueKind == JsonValueKind.String && p.GetString() == "false"));
        return parse ? CslNameParts.Parse(name) : name;
    }

    private static CslDate? Date(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return CslDateText.Parse(value.GetString() ?? "", out _) ?? new CslDate { Literal = value.GetString() };
            case JsonValueKind.Number:
                return CslDate.Of(value.GetInt32());
            case JsonValueKind.Object:
                var date = new CslDate();
                if (value.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array)
                {
                    var list = new List<CslDatePart>();
                    int? season = null;
                    foreach (var part in parts.EnumerateArray().Take(2))
                    {
                        var numbers = part.ValueKind == JsonValueKind.Array ? part.EnumerateArray().Select(Int).TakeWhile(n => n is not null).Select(n => n!.Value).ToList() : [];
                        if (numbers.Count == 0)
                        {
                            continue;
                        }

                        // a season is kept as the month numbers 13–16 (also in ranges); 21–24 is EDTF's way of writing them
                        int? month = numbers.Count > 1 ? numbers[1] : null;
                        month = month is >= 17 and <= 24 ? 13 + (month - 13) % 4 : month; // 21–24 (EDTF) and 17–20 count round the seasons
                        if (numbers[0] == 0 && list.Count > 0)
                        {
                            list.Add(new CslDatePart(0)); // an open end ("1987–")
                            continue;
                        }

                        list.Add(new CslDatePart(numbers[0], month, numbers.Count > 2 && month is >= 1 and <= 12 ? numbers[2] : null));
                    }

                    date = date with { Parts = list, Season = season };
                }

                if (date.Parts.Count == 0 && value.TryGetProperty("raw", out var raw) && raw.ValueKind == JsonValueKind.String)
                {
                    date = CslDateText.Parse(raw.GetString() ?? "", out _) ?? new CslDate { Literal = raw.GetString() };
                }

                if (value.TryGetProperty("season", out var s))
                {
                    date = Int(s) is { } n and >= 1 and <= 4 ? date with { Season = n } : date with { SeasonText = s.ValueKind == JsonValueKind.String ? s.GetString() : null };
                }

                if (value.TryGetProperty("circa", out var circa) && circa.ValueKind is not (JsonValueKind.False or JsonValueKind.Null) && !(circa.ValueKind == JsonValueKind.Number && circa.GetRawText() == "0"))
                {
                    date = date with { Circa = true };
                }

                if (value.TryGetProperty("literal", out var literal) && literal.ValueKind == JsonValueKind.String)
                {
                    date = date with { Literal = literal.GetString() };
                }

                return date.Parts.Count == 0 && date.Literal is null ? null : date;
            default:
                return null;
        }
    }

    private static int? Int(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt32(out var n) ? n : null,
        JsonValueKind.String => int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null,
        _ => null,
    };
}
