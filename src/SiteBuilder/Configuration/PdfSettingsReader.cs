using System.Text.RegularExpressions;
using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;

namespace SiteBuilder.Configuration;

/// <summary>Reads the <c>pdf:</c> block of site.yaml; every key is optional.</summary>
internal static partial class PdfSettingsReader
{
    public static PdfSettings Read(YamlMap? map)
    {
        var defaults = PdfSettings.Default;
        if (map is null)
        {
            return defaults;
        }

        var paper = map.String("paper") ?? defaults.Paper;
        var known = PdfSettings.Papers.FirstOrDefault(p => p.Equals(paper, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.ValueLocationOf("paper"), $"unknown paper '{paper}'; use A4 or Letter");
        }

        var margins = map.Map("margins");
        var settings = new PdfSettings(
            known ?? defaults.Paper,
            Length(margins, "top", defaults.MarginTop),
            Length(margins, "right", defaults.MarginRight),
            Length(margins, "bottom", defaults.MarginBottom),
            Length(margins, "left", defaults.MarginLeft),
            map.Bool("reading_list", defaults.ReadingListAppendix));
        margins?.ReportUnknownKeys("pdf margins");
        map.ReportUnknownKeys("the pdf block of site.yaml");
        return settings;
    }

    private static string Length(YamlMap? margins, string side, string fallback)
    {
        var value = margins?.String(side);
        if (value is null)
        {
            return fallback;
        }

        if (!CssLength().IsMatch(value))
        {
            margins!.Diagnostics.Error(DiagnosticCodes.InvalidValue, margins.ValueLocationOf(side), $"margin '{value}' must be a length such as 20mm, 2cm, 0.75in or 54pt");
            return fallback;
        }

        return value;
    }

    [GeneratedRegex(@"^\d+(\.\d+)?(mm|cm|in|pt|px)$")]
    private static partial Regex CssLength();
}
