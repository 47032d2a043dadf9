using System.Reflection;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Citations;

/// <summary>
/// The styles that come with SiteBuilder: APA 7, written in CSL for SiteBuilder (Citations/Styles/apa-7.csl),
/// with the engine's own American English terms. Parsed once per process: a style is immutable once parsed.
/// </summary>
public static class BuiltInStyles
{
    private static readonly Lazy<CslStyle> ApaStyleData = new(() => StyleParser.Parse(Resource("SiteBuilder.Citations.Styles.apa-7.csl")));
    private static readonly Lazy<LocaleOverride> English = new(LocaleParser.BuiltInEnglish);

    /// <summary>The name site.yaml gives the built-in style (<c>citation_style: apa</c>, the default).</summary>
    public const string ApaName = "apa";

    public static ICitationStyle Apa() => new CslCitationStyle(ApaStyleData.Value, new CslLocale(English.Value, ApaStyleData.Value.Locales), "APA 7");

    /// <summary>The text of the built-in APA style, for <c>new</c> sites and for anyone who wants to start from it.</summary>
    public static string ApaSource => Resource("SiteBuilder.Citations.Styles.apa-7.csl");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
