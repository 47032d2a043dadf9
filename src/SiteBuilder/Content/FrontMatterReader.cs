using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;

namespace SiteBuilder.Content;

/// <summary>Reads front matter YAML into a <see cref="FrontMatter"/>, rejecting keys that the kind does not know.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter Read(SourceFile file, SplitSource split, ContentKind kind, DiagnosticBag diagnostics)
    {
        var map = split.Yaml is null ? null : YamlDocumentReader.ReadMapping(new YamlSource(file.Path, split.Yaml, split.YamlFirstLine), diagnostics);
        if (map is null)
        {
            if (split.Yaml is null && !split.Malformed)
            {
                diagnostics.Error(DiagnosticCodes.MissingValue, new SourceLocation(file.Path, 1, 1), "missing front matter: start the file with '---', a 'title:' line and '---'");
            }

            return Fallback(file);
        }

        var essay = kind == ContentKind.Essay;
        var matter = new FrontMatter(
            Title: map.RequiredString("title", "front matter"),
            Description: map.String("description"),
            Author: essay ? map.String("author") : null,
            Date: essay ? map.Date("date") : null,
            Slug: map.String("slug"),
            Layout: essay ? null : map.String("layout"),
            Source: essay ? map.String("source") : null,
            Draft: map.Bool("draft"),
            Keywords: essay ? map.StringList("keywords") : [],
            Nocite: essay ? map.StringList("nocite").SelectMany(NociteKeys).ToList() : [],
            Themes: essay ? [] : map.MapList("themes").Select(ReadTheme).ToList(),
            NociteLocation: map.ValueLocationOf("nocite"),
            LayoutLocation: map.ValueLocationOf("layout"),
            SlugLocation: map.ValueLocationOf("slug"))
        {
            Bibliography = map.StringList("bibliography").Select(p => (SitePath(file.Path, p), map.ValueLocationOf("bibliography"))).ToList(),
            // "apa" names the built-in style; anything else is a style file
            CitationStyle = essay && map.String("citation_style") is { Length: > 0 } style
                ? (style == "apa" ? style : SitePath(file.Path, style), map.ValueLocationOf("citation_style"))
                : null,
        };
        map.ReportUnknownKeys(essay ? "essay front matter" : "page front matter");
        return matter;
    }

    /// <summary>Keys as Pandoc writes them: "@a", "a", "@a, @b" or "@*" (every reference of the bibliography).</summary>
    private static IEnumerable<string> NociteKeys(string value) =>
        value.Split([',', ';', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.TrimStart('@'))
            .Where(k => k.Length > 0);

    /// <summary>A path from front matter as a site path: from the site root when it starts with '/', else from the file's folder.</summary>
    private static string SitePath(string file, string path)
    {
        if (path.StartsWith('/'))
        {
            return path.TrimStart('/');
        }

        var parts = file.Split('/').SkipLast(1).ToList();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static Theme ReadTheme(YamlMap map)
    {
        var theme = new Theme(map.RequiredString("id", "a theme"), map.RequiredString("title", "a theme"), map.String("description"));
        map.ReportUnknownKeys("a theme");
        return theme;
    }

    private static FrontMatter Fallback(SourceFile file)
    {
        var start = new SourceLocation(file.Path, 1, 1);
        return new(Path.GetFileNameWithoutExtension(file.Path), null, null, null, null, null, null, false, [], [], [], start, start, start);
    }
}
