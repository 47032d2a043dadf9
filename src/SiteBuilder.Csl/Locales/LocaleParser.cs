using System.Reflection;
using System.Xml.Linq;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Locales;

/// <summary>Reads CSL locale XML (a locales-xx-XX.xml file, or a style's <c>cs:locale</c> element).</summary>
public static class LocaleParser
{
    private static readonly XNamespace Ns = "http://purl.org/net/xbiblio/csl";

    public static LocaleOverride Parse(string xml) => Override(XDocument.Parse(xml).Root!);

    /// <summary>The en-US locale that ships with the engine (written for this project).</summary>
    public static LocaleOverride BuiltInEnglish()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SiteBuilder.Csl.Locales.en-US.xml")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static LocaleOverride Override(XElement locale)
    {
        var result = new LocaleOverride { Language = (string?)locale.Attribute(XNamespace.Xml + "lang") };
        foreach (var option in locale.Element(Ns + "style-options")?.Attributes() ?? [])
        {
            result.Options[option.Name.LocalName] = option.Value;
        }

        foreach (var date in locale.Elements(Ns + "date"))
        {
            var parts = date.Elements(Ns + "date-part").Select(p => new DatePartElement(
                StyleParser.Decoration(p), (string?)p.Attribute("name") ?? "year", (string?)p.Attribute("form"), (string?)p.Attribute("range-delimiter"))).ToList();
            result.Dates[(string?)date.Attribute("form") ?? "text"] = new LocaleDate(parts, StyleParser.Decoration(date), (string?)date.Attribute("delimiter"));
        }

        foreach (var term in locale.Element(Ns + "terms")?.Elements(Ns + "term") ?? [])
        {
            var name = CslLocale.Gendered((string?)term.Attribute("name") ?? "", (string?)term.Attribute("gender-form"));
            var form = (string?)term.Attribute("form") ?? "long";
            var single = term.Element(Ns + "single")?.Value ?? term.Value;
            var multiple = term.Element(Ns + "multiple")?.Value ?? single;
            result.Terms[(name, form)] = new Term(single, multiple, (string?)term.Attribute("gender"), (string?)term.Attribute("match"));
        }

        return result;
    }
}
