using System.Collections.Frozen;
using System.Xml;
using System.Xml.Linq;
using SiteBuilder.Csl.Locales;

namespace SiteBuilder.Csl.Styles;

/// <summary>Parses CSL 1.0.2 style XML into a <see cref="CslStyle"/>; a malformed style throws <see cref="CslStyleException"/> with its line.</summary>
public static class StyleParser
{
    private static readonly XNamespace Ns = "http://purl.org/net/xbiblio/csl";

    /// <summary>The namespace of SiteBuilder's extensions to CSL (README, "The CSL engine"); other namespaces are ignored.</summary>
    public static readonly XNamespace Extensions = "https://sitebuilder.dev/csl";

    public static CslStyle Parse(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new CslStyleException(e.Message, e.LineNumber, e.LinePosition);
        }

        var root = document.Root ?? throw new CslStyleException("the style is empty", 1, 1);
        if (root.Name.LocalName != "style")
        {
            throw At(root, "a CSL style starts with <style>");
        }

        var info = Child(root, "info");
        var parent = info?.Elements(Ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "independent-parent")?.Attribute("href")?.Value;
        CheckMacros(root);
        var macros = root.Elements(Ns + "macro").ToDictionary(m => (string?)m.Attribute("name") ?? throw At(m, "a macro needs a name"), m => Layout(m), StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        return new CslStyle(
            (string?)root.Attribute("class") ?? "in-text",
            info?.Element(Ns + "id")?.Value,
            (string?)root.Attribute("default-locale"),
            Attributes(root),
            macros,
            Child(root, "citation") is { } citation ? Section(citation) : null,
            Child(root, "bibliography") is { } bibliography ? Section(bibliography) : null,
            root.Elements(Ns + "locale").Select(LocaleParser.Override).ToList())
        {
            ParentId = parent,
            Title = info?.Element(Ns + "title")?.Value,
            UsesCitationNumber = root.Descendants().Any(e => e.Attributes().Any(a => a.Value.Split(' ').Contains("citation-number"))),
            UsesPositions = (string?)root.Attribute("class") == "note" || root.DescendantsAndSelf().Any(e => e.Attributes().Any(a =>
                a.Name.LocalName is "position" or "et-al-subsequent-min" or "et-al-subsequent-use-first" || a.Value.Split(' ').Contains("first-reference-note-number"))),
        };
    }

    private static Section Section(XElement element)
    {
        var sort = Child(element, "sort")?.Elements(Ns + "key").Select(k => new SortKey(
            (string?)k.Attribute("variable"),
            (string?)k.Attribute("macro"),
            (string?)k.Attribute("sort") == "descending",
            Attributes(k).Where(a => a.Key.StartsWith("names-", StringComparison.Ordinal)).ToDictionary(a => a.Key, a => a.Value))).ToList() ?? [];
        var layout = Child(element, "layout") ?? throw At(element, $"<{element.Name.LocalName}> needs a <layout>");
        var options = Attributes(element);
        if ((string?)Child(element, "sort")?.Attribute(Extensions + "letter-by-letter") == "true")
        {
            options[LetterByLetter] = "true"; // SiteBuilder's extension: names sort letter by letter
        }

        return new Section(options, sort, Layout(layout));
    }

    private static Layout Layout(XElement element) =>
        new(Decoration(element), Children(element), (string?)element.Attribute("delimiter"));

    private static List<Element> Children(XElement parent) =>
        parent.Elements().Where(e => e.Name.Namespace == Ns).Select(Element).OfType<Element>().ToList();

    private static Element? Element(XElement e) => e.Name.LocalName switch
    {
        "text" => new TextElement(
            Decoration(e), (string?)e.Attribute("variable"), (string?)e.Attribute("macro"), (string?)e.Attribute("term"), (string?)e.Attribute("value"),
            (string?)e.Attribute("form") ?? "long", (string?)e.Attribute("plural") == "true"),
        "number" => new NumberElement(Decoration(e), (string?)e.Attribute("variable") ?? throw At(e, "<number> needs a variable"), (string?)e.Attribute("form") ?? "numeric"),
        "label" => Label(e),
        "date" => new DateElement(
            Decoration(e), (string?)e.Attribute("variable") ?? throw At(e, "<date> needs a variable"), (string?)e.Attribute("form"),
            (string?)e.Attribute("date-parts") ?? "year-month-day",
            e.Elements(Ns + "date-part").Select(p => new DatePartElement(Decoration(p), (string?)p.Attribute("name") ?? "year", (string?)p.Attribute("form"), (string?)p.Attribute("range-delimiter"))).ToList(),
            (string?)e.Attribute("delimiter")),
        "names" => Names(e),
        "group" => new GroupElement(Decoration(e), Children(e), (string?)e.Attribute("delimiter")),
        "choose" => new ChooseElement(e.Elements().Where(b => b.Name.Namespace == Ns).Select(b => (b.Name.LocalName == "else" ? null : Condition(b), (IReadOnlyList<Element>)Children(b))).ToList()),
        _ => null,
    };

    private static LabelElement Label(XElement e) =>
        new(Decoration(e), (string?)e.Attribute("variable"), (string?)e.Attribute("form") ?? "long", (string?)e.Attribute("plural") ?? "contextual");

    private static NamesElement Names(XElement e)
    {
        var name = Child(e, "name");
        var etAl = Child(e, "et-al");
        var label = Child(e, "label");
        var substitute = Child(e, "substitute");
        var nameParts = name?.Elements(Ns + "name-part").ToList() ?? [];
        Decoration? Part(string which) => nameParts.FirstOrDefault(p => (string?)p.Attribute("name") == which) is { } part ? Decoration(part) : null;
        return new NamesElement(
            Decoration(e),
            ((string?)e.Attribute("variable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            name is null ? null : new NameElement(Attributes(name), Decoration(name), Part("family"), Part("given")),
            etAl is null ? null : Decoration(etAl),
            (string?)etAl?.Attribute("term") ?? "et-al",
            label is null ? null : Label(label),
            label is not null && name is not null && label.IsBefore(name),
            substitute is null ? null : Children(substitute),
            (string?)e.Attribute("delimiter"),
            Attributes(e));
    }

    private static Condition Condition(XElement branch)
    {
        var tests = new List<(string, string)>();
        foreach (var attribute in branch.Attributes().Where(a => a.Name.LocalName != "match" && !a.IsNamespaceDeclaration))
        {
            var test = attribute.Name.Namespace == XNamespace.None ? attribute.Name.LocalName
                : attribute.Name.Namespace == Extensions ? "sb:" + attribute.Name.LocalName
                : null;
            foreach (var value in test is null ? [] : attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                tests.Add((test!, value));
            }
        }

        return new Condition((string?)branch.Attribute("match") ?? "all", tests);
    }

    /// <summary>The formatting, affixes, display, quotes and case attributes of an element (also a locale's date parts).</summary>
    internal static Decoration Decoration(XElement e) => new()
    {
        Prefix = (string?)e.Attribute("prefix"),
        Suffix = (string?)e.Attribute("suffix"),
        FontStyle = (string?)e.Attribute("font-style"),
        FontVariant = (string?)e.Attribute("font-variant"),
        FontWeight = (string?)e.Attribute("font-weight"),
        TextDecoration = (string?)e.Attribute("text-decoration"),
        VerticalAlign = (string?)e.Attribute("vertical-align"),
        Display = (string?)e.Attribute("display"),
        Quotes = (string?)e.Attribute("quotes") == "true",
        StripPeriods = (string?)e.Attribute("strip-periods") == "true",
        TextCase = (string?)e.Attribute("text-case"),
    };

    /// <summary>The option <c>&lt;sort sb:letter-by-letter="true"&gt;</c> sets: names sort letter by letter, spaces inside a name ignored.</summary>
    public const string LetterByLetter = "sb:letter-by-letter";

    private static Dictionary<string, string> Attributes(XElement e) =>
        e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None).ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);

    private static XElement? Child(XElement parent, string name) => parent.Element(Ns + name);

    /// <summary>Every macro is defined once, and every use names one that is defined.</summary>
    private static void CheckMacros(XElement root)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var macro in root.Elements(Ns + "macro"))
        {
            if ((string?)macro.Attribute("name") is { } name && !defined.Add(name))
            {
                throw At(macro, $"the macro '{name}' is defined twice");
            }
        }

        foreach (var use in root.Descendants().Where(d => d.Name == Ns + "text" || d.Name == Ns + "key"))
        {
            if ((string?)use.Attribute("macro") is { } name && !defined.Contains(name))
            {
                var near = defined.OrderBy(d => Distance(d, name)).FirstOrDefault(d => Distance(d, name) <= Math.Max(2, name.Length / 3));
                throw At(use, $"the macro '{name}' is not defined{(near is null ? "" : $" (did you mean '{near}'?)")}");
            }
        }
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }

    private static CslStyleException At(XElement element, string message)
    {
        var info = (IXmlLineInfo)element;
        return new CslStyleException(message, info.LineNumber, info.LinePosition);
    }
}

/// <summary>A style the parser cannot read, with the line and column of the problem.</summary>
public sealed class CslStyleException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
