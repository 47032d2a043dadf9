using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;

namespace SiteBuilder.Configuration;

/// <summary>Turns the text of site.yaml into a <see cref="SiteConfig"/>; unknown keys are errors.</summary>
internal static class SiteConfigReader
{
    public static SiteConfig Read(string text, DiagnosticBag diagnostics)
    {
        var map = YamlDocumentReader.ReadMapping(new YamlSource(SiteConfig.FileName, text), diagnostics);
        if (map is null)
        {
            return SiteConfig.Default;
        }

        var config = new SiteConfig(
            Title: map.RequiredString("title", "site.yaml"),
            Description: map.String("description"),
            Author: map.String("author"),
            Language: map.String("language") ?? "en",
            BaseUrl: ReadBaseUrl(map),
            CitationStyle: ReadStyle(map),
            Nav: map.MapList("nav").Select(ReadNavItem).ToList(),
            Pdf: PdfSettingsReader.Read(map.Map("pdf")))
        {
            Bibliography = map.StringList("bibliography").Select(p => (p.TrimStart('/'), map.ValueLocationOf("bibliography"))).ToList(),
            CitationStyleLocation = map.ValueLocationOf("citation_style"),
            BaseUrlLocation = map.ValueLocationOf("base_url"),
            CitationLocale = map.String("locale")?.TrimStart('/'),
        };
        map.ReportUnknownKeys("site.yaml");
        return config;
    }

    private static NavItem ReadNavItem(YamlMap item)
    {
        var nav = new NavItem(item.RequiredString("title", "a nav entry"), item.RequiredString("url", "a nav entry")) { UrlLocation = item.ValueLocationOf("url") };
        if (nav.Url.Length > 0 && !nav.Url.StartsWith('/'))
        {
            item.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.ValueLocationOf("url"), $"nav url '{nav.Url}' must be a path from the site root, starting with '/'");
        }

        item.ReportUnknownKeys("a nav entry");
        return nav;
    }

    private static string ReadStyle(YamlMap map)
    {
        var style = map.String("citation_style") ?? "apa";
        if (style != "apa" && !style.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.ValueLocationOf("citation_style"), $"unknown citation style '{style}'; write 'apa' (built in) or the path of a CSL style under styles/, such as styles/chicago-author-date.csl");
        }

        return style.TrimStart('/');
    }

    /// <summary>An absolute http(s) address, or <see cref="BaseUrl.None"/> when absent or wrong (wrong is an error at its value).</summary>
    private static string ReadBaseUrl(YamlMap map)
    {
        var value = map.String("base_url");
        if (value is null)
        {
            return BaseUrl.None;
        }

        var normalized = BaseUrl.Normalize(value, out var problem);
        if (normalized is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.ValueLocationOf("base_url"), $"base_url {problem}");
        }

        return normalized ?? BaseUrl.None;
    }
}
