using System.Text.Json;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Processing;
using SiteBuilder.Csl.Rendering;

namespace SiteBuilder.Csl.Conformance;

/// <summary>One fixture of the CSL test suite (the "machines" JSON form): mode, style, items, citations, expected result.</summary>
internal sealed partial record Fixture(string Name, string Mode, string Csl, string Input, string Result, JsonElement CitationItems, JsonElement Citations, JsonElement BibEntries)
{
    /// <summary>A fixture in the suite's human-readable form: sections between <c>&gt;&gt;==== NAME ====&gt;&gt;</c> and <c>&lt;&lt;==== NAME ====&lt;&lt;</c>.</summary>
    public static Fixture Read(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var sections = Section().Matches(text).ToDictionary(m => m.Groups["name"].Value.Trim(), m => m.Groups["body"].Value, StringComparer.Ordinal);
        JsonElement Json(string name) => sections.TryGetValue(name, out var body) && body.Trim().Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new Fixture(
            Path.GetFileNameWithoutExtension(path),
            sections.GetValueOrDefault("MODE")?.Trim() ?? "citation",
            sections.GetValueOrDefault("CSL") ?? StyleFile(sections.GetValueOrDefault("STYLE")),
            sections.GetValueOrDefault("INPUT") ?? "[]",
            sections.GetValueOrDefault("RESULT") ?? "",
            Json("CITATION-ITEMS"),
            Json("CITATIONS"),
            Json("BIBENTRIES"));
    }

    /// <summary>
    /// A cross-check fixture names its style instead of carrying it (<c>STYLE</c>: a file in the styles folder given
    /// with --styles), so the official styles are read where they are and never copied.
    /// </summary>
    private static string StyleFile(string? name) =>
        name is null ? "" : File.ReadAllText(Path.Combine(Program.StylesFolder ?? throw new InvalidOperationException("this fixture names a style: give the styles folder with --styles DIR"), name.Trim()));

    [System.Text.RegularExpressions.GeneratedRegex(@">>=+\s*(?<name>[A-Z-]+)\s*=+>>\n?(?<body>.*?)\n?<<=+\s*\k<name>\s*=+<<", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Section();

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
            // the suite may give a cite's position (0 first, 1 subsequent, 2 ibid, 3 ibid with locator) instead of a document
            Position = item.TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.Number && position.GetInt32() is >= 0 and <= 3 and var p
                ? (CitePosition)p : CitePosition.First,
        };
    }

    /// <summary>One call of the suite's citation processing: the citation, and the citations before and after it (id and note).</summary>
    private sealed record Call(string Id, CitationRequest Request, IReadOnlyList<(string Id, int Note)> Before, IReadOnlyList<(string Id, int Note)> After);

    private static IReadOnlyList<(string Id, int Note)> Around(JsonElement call, int index) =>
        call.GetArrayLength() > index && call[index].ValueKind == JsonValueKind.Array
            ? call[index].EnumerateArray().Select(e => (e[0].GetString() ?? "", e.GetArrayLength() > 1 && e[1].ValueKind == JsonValueKind.Number ? e[1].GetInt32() : 0)).ToList()
            : [];

    /// <summary>The document after the calls: each citation placed between the ones the call names before and after it, notes renumbered as they say.</summary>
    private static List<(string Id, CitationRequest Request)> State(List<Call> calls)
    {
        var state = new List<(string Id, CitationRequest Request)>();
        foreach (var call in calls)
        {
            var known = state.Where(x => x.Id != call.Id).ToDictionary(x => x.Id, x => x.Request, StringComparer.Ordinal);
            if (call.Before.Count + call.After.Count == 0)
            {
                var at = state.FindIndex(x => x.Id == call.Id && call.Id.Length > 0);
                if (at >= 0)
                {
                    state[at] = (call.Id, call.Request);
                }
                else
                {
                    state.Add((call.Id, call.Request));
                }

                continue;
            }

            CitationRequest Renumbered(string id, int note) => known[id] with { NoteNumber = note == 0 ? known[id].NoteNumber : note };
            state = [.. call.Before.Where(b => known.ContainsKey(b.Id)).Select(b => (b.Id, Renumbered(b.Id, b.Note))),
                (call.Id, call.Request),
                .. call.After.Where(a => known.ContainsKey(a.Id)).Select(a => (a.Id, Renumbered(a.Id, a.Note)))];
        }

        return state;
    }

    private static List<string> Render(Styles.CslStyle style, List<CslItem> items, Locales.CslLocale locale, List<(string Id, CitationRequest Request)> state, StyleCache? shared) =>
        state.Count == 0 ? [] : new CslProcessor(style, items, locale, shared).Citations(state.Select(x => x.Request).ToList()).Select(o => OutputWriter.Html(o, locale)).ToList();

    /// <summary>
    /// What the processor makes of this fixture, in the suite's result format. With <paramref name="sharedCache"/>,
    /// its processors share one <see cref="StyleCache"/> (as a site's documents do) and the fixture runs twice, the
    /// second time from a cache the first filled: what is shared must not change any result.
    /// </summary>
    public string Run(bool sharedCache = false)
    {
        var style = Styles.StyleParser.Parse(Csl);
        var items = CslJson.ReadItems(Input);
        if (!sharedCache)
        {
            return Run(style, items, null);
        }

        var shared = new StyleCache();
        Run(style, items, shared);
        return Run(style, items, shared);
    }

    private string Run(Styles.CslStyle style, List<CslItem> items, StyleCache? shared)
    {
        var processor = new CslProcessor(style, items, Program.Locale(style), shared);
        if (Mode.StartsWith("bibliography", StringComparison.Ordinal))
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
            // the suite's convention: citations are processed one call at a time (a later one with the same id
            // replaces the earlier); the result lists the final citations, marking ">>" those the last call changed
            var calls = Citations.EnumerateArray().Select(c =>
            {
                var citation = c[0];
                var id = citation.TryGetProperty("citationID", out var cid) ? cid.GetString() ?? "" : "";
                var note = citation.TryGetProperty("properties", out var p) && p.TryGetProperty("noteIndex", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : (int?)null;
                return new Call(id, new CitationRequest(citation.GetProperty("citationItems").EnumerateArray().Select(Cite).ToList(), note == 0 ? null : note), Around(c, 1), Around(c, 2));
            }).ToList();
            var after = Render(style, items, processor.Locale, State(calls), shared);
            var before = Render(style, items, processor.Locale, State(calls.Take(calls.Count - 1).ToList()), shared);
            var lastId = calls[^1].Id;
            var finalIds = State(calls).Select(x => x.Id).ToList();
            return string.Join("\n", after.Select((text, i) =>
                (finalIds[i] == lastId || i >= before.Count || before[i] != text ? ">>" : "..") + $"[{i}] {text}"));
        }

        var citations = CitationItems.ValueKind == JsonValueKind.Array
            ? CitationItems.EnumerateArray().Select(c => new CitationRequest(c.EnumerateArray().Select(Cite).ToList())).ToList()
            : [new CitationRequest(items.Select(i => i.Id).Distinct().Select(id => new Cite(id)).ToList())];
        return string.Join("\n", processor.Citations(citations).Select(o => OutputWriter.Html(o, processor.Locale)));
    }
}
