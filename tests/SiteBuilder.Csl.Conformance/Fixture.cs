using System.Text.Json;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Processing;
using SiteBuilder.Csl.Rendering;

namespace SiteBuilder.Csl.Conformance;

/// <summary>One fixture of the CSL test suite (the "machines" JSON form): mode, style, items, citations, expected result.</summary>
internal sealed record Fixture(string Name, string Mode, string Csl, string Input, string Result, JsonElement CitationItems, JsonElement Citations, JsonElement BibEntries)
{
    public static Fixture Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement.Clone();
        return new Fixture(
            Path.GetFileNameWithoutExtension(path),
            root.GetProperty("mode").GetString() ?? "",
            root.GetProperty("csl").GetString() ?? "",
            root.GetProperty("input").GetRawText(),
            root.GetProperty("result").GetString() ?? "",
            root.TryGetProperty("citation_items", out var items) ? items : default,
            root.TryGetProperty("citations", out var citations) ? citations : default,
            root.TryGetProperty("bibentries", out var entries) ? entries : default);
    }

    public string Category => Name.Split('_')[0];

    public static Cite Cite(JsonElement item)
    {
        string? Get(string key) => item.TryGetProperty(key, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null) : null;
        bool Flag(string key) => item.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.True;
        return new Cite(Get("id") ?? "")
        {
            Locator = Get("locator"),
            Label = Get("locator") is null ? null : Get("label") ?? "page",
            Prefix = Get("prefix"),
            Suffix = Get("suffix"),
            SuppressAuthor = Flag("suppress-author"),
            AuthorOnly = Flag("author-only"),
        };
    }

    /// <summary>What the processor makes of this fixture, in the suite's result format.</summary>
    public string Run()
    {
        var style = Styles.StyleParser.Parse(Csl);
        var items = CslJson.ReadItems(Input);
        var processor = new CslProcessor(style, items, Program.Locale(style));
        if (Mode == "bibliography")
        {
            var ids = BibEntries.ValueKind == JsonValueKind.Array ? BibEntries.EnumerateArray().Last().EnumerateArray().Select(e => e.GetString()!).ToList() : null;
            if (CitationItems.ValueKind == JsonValueKind.Array)
            {
                processor.Citations(CitationItems.EnumerateArray().Select(c => new CitationRequest(c.EnumerateArray().Select(Cite).ToList())).ToList());
            }

            var entries = processor.Bibliography(ids);
            return OutputWriter.BibliographyHtml(entries, processor.Locale);
        }

        if (Citations.ValueKind == JsonValueKind.Array)
        {
            var requests = Citations.EnumerateArray().Select(c =>
            {
                var citation = c[0];
                var note = citation.TryGetProperty("properties", out var p) && p.TryGetProperty("noteIndex", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : (int?)null;
                return new CitationRequest(citation.GetProperty("citationItems").EnumerateArray().Select(Cite).ToList(), note == 0 ? null : note);
            }).ToList();
            var outputs = processor.Citations(requests);
            return string.Join("\n", outputs.Select((o, i) => (i == outputs.Count - 1 ? ">>" : "..") + $"[{i}] " + OutputWriter.Html(o, processor.Locale)));
        }

        var citations = CitationItems.ValueKind == JsonValueKind.Array
            ? CitationItems.EnumerateArray().Select(c => new CitationRequest(c.EnumerateArray().Select(Cite).ToList())).ToList()
            : [new CitationRequest(items.Select(i => new Cite(i.Id)).ToList())];
        return string.Join("\n", processor.Citations(citations).Select(o => OutputWriter.Html(o, processor.Locale)));
    }
}
