using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Styles;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Citations;

/// <summary>
/// The citation style site.yaml names: "apa" (built in), or a CSL style file under styles/. A dependent style
/// (most of Zotero's) is followed to its independent parent, found in styles/ by its id; its locale comes from
/// styles/locales-xx-XX.xml when the site has one, else the engine's own American English.
/// </summary>
internal static class CitationStyleLoader
{
    public static ICitationStyle Load(SiteConfig config, IReadOnlyList<SourceFile> styles, DiagnosticBag diagnostics) =>
        Load(config.CitationStyle, config.CitationStyleLocation, config, styles, diagnostics);

    /// <summary>A style by name ("apa", or a path under styles/), named at <paramref name="at"/> (site.yaml or an essay's front matter).</summary>
    public static ICitationStyle Load(string name, SourceLocation at, SiteConfig config, IReadOnlyList<SourceFile> styles, DiagnosticBag diagnostics)
    {
        if (name == BuiltInStyles.ApaName)
        {
            return BuiltInStyles.Apa();
        }

        var file = styles.FirstOrDefault(f => f.Path == name);
        var available = styles.Where(f => f.Path.EndsWith(".csl", StringComparison.OrdinalIgnoreCase)).Select(f => f.Path).ToList();
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, at, $"the citation style '{name}' does not exist; CSL styles live under styles/{SpellingSuggester.Hint(name, available)}");
            return BuiltInStyles.Apa();
        }

        if (Parse(file, diagnostics) is not { } style)
        {
            return BuiltInStyles.Apa();
        }

        if (style.ParentId is { } parentId)
        {
            var parent = styles.Where(f => f != file && f.Path.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
                .Select(f => Parse(f, new DiagnosticBag())).FirstOrDefault(s => s?.Id == parentId);
            if (parent is null)
            {
                diagnostics.Error(DiagnosticCodes.CitationStyleError, SourceLocation.File(file.Path), $"'{file.Path}' is a dependent style: it formats as '{parentId}', which is not in styles/; download that style's .csl file into styles/");
                return BuiltInStyles.Apa();
            }

            // a dependent style brings its own name and may choose the language; the parent does the formatting
            style = parent with { DefaultLocale = style.DefaultLocale ?? parent.DefaultLocale, Locales = [.. style.Locales, .. parent.Locales] };
        }

        // locale: site.yaml's locale (a file or a language tag), else the style's default-locale, else the site's language
        var chosen = config.CitationLocale;
        var language = chosen is not null && !chosen.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? chosen : style.DefaultLocale ?? config.Language;
        var localeFile = chosen is not null && chosen.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            ? styles.FirstOrDefault(f => f.Path == chosen)
            : styles.FirstOrDefault(f => f.Path == $"styles/locales-{language}.xml")
              ?? styles.FirstOrDefault(f => f.Path.StartsWith($"styles/locales-{language.Split('-')[0]}-", StringComparison.Ordinal));
        if (localeFile is null && chosen is not null && (chosen.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || !language.StartsWith("en", StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.File(SiteConfig.FileName), $"the locale '{chosen}' is not in styles/; put the official locales-{language}.xml there, or leave 'locale:' out for American English");
        }
        LocaleOverride baseLocale;
        try
        {
            baseLocale = localeFile is null ? LocaleParser.BuiltInEnglish() : LocaleParser.Parse(localeFile.Text);
        }
        catch (System.Xml.XmlException e)
        {
            diagnostics.Error(DiagnosticCodes.CitationStyleError, new SourceLocation(localeFile!.Path, e.LineNumber, e.LinePosition), $"the locale cannot be read: {e.Message}");
            baseLocale = LocaleParser.BuiltInEnglish();
        }

        // without a locale file for the language, American English stands in, and the style's own terms for the language apply on top
        return new CslCitationStyle(style, new CslLocale(baseLocale, style.Locales, localeFile is null ? language : null), style.Title ?? Path.GetFileNameWithoutExtension(file.Path));
    }

    private static CslStyle? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            return StyleParser.Parse(file.Text);
        }
        catch (CslStyleException e)
        {
            diagnostics.Error(DiagnosticCodes.CitationStyleError, new SourceLocation(file.Path, e.Line, e.Column), $"the CSL style cannot be read: {e.Message}");
            return null;
        }
    }
}
