using System.Globalization;
using System.Text;

namespace SiteBuilder.Citations;

/// <summary>Renders references as BibTeX entries (UTF-8, for biber or bibtex8).</summary>
public static class BibTeXRenderer
{
    public static string Render(IEnumerable<Reference> references) => Write(references).ToString();

    /// <summary>The entries, one blank line apart, in a builder (a whole library's export is never one large string).</summary>
    internal static StringBuilder Write(IEnumerable<Reference> references)
    {
        var text = new StringBuilder();
        foreach (var reference in references)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            Append(reference, text);
        }

        return text;
    }

    public static string RenderOne(Reference reference) => Append(reference, new StringBuilder()).ToString();

    private static StringBuilder Append(Reference reference, StringBuilder text)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("author", Names(reference.Authors)),
            ("editor", Names(reference.Editors)),
            ("title", reference.PlainTitle),
            (reference.IsArticle ? "journal" : reference.Type is "chapter" or "paper-conference" or "entry-encyclopedia" or "entry-dictionary" ? "booktitle" : "howpublished", reference.ContainerTitle),
            ("year", reference.Year?.ToString(CultureInfo.InvariantCulture)),
            ("volume", reference.Volume),
            ("number", reference.Issue),
            ("pages", reference.Page?.Replace("–", "--")),
            ("edition", reference.Edition),
            ("publisher", reference.Publisher),
            ("address", reference.PublisherPlace),
            ("doi", reference.Doi),
            ("url", reference.Url),
            ("isbn", reference.Isbn),
            ("annote", reference.Annotation),
        };

        text.Append('@').Append(EntryType(reference.Type)).Append('{').Append(reference.Id).Append(",\n");
        foreach (var (name, value) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            var escaped = name is "doi" or "url" ? value! : name is "author" or "editor" ? EscapeKeepingBraces(value!) : Escape(value!);
            text.Append("  ").Append(name).Append(" = {").Append(escaped).Append("},\n");
        }

        text.Append("}\n");
        return text;
    }

    private static string EntryType(string cslType) => cslType switch
    {
        "book" => "book",
        "chapter" => "incollection",
        "report" => "techreport",
        "thesis" => "phdthesis",
        "webpage" => "misc",
        _ when cslType.StartsWith("article", StringComparison.Ordinal) => "article",
        _ => "misc",
    };

    /// <summary>"van Gogh, Vincent and {World Health Organization}": institutions in braces, so they are never split.</summary>
    private static string? Names(IReadOnlyList<Csl.Data.CslName> names) =>
        names.Count == 0 ? null : string.Join(" and ", names.Select(n => n.IsLiteral ? "{" + n.Literal + "}" : n.Inverted()));

    /// <summary>Escapes a name list whose braces mark institutions.</summary>
    private static string EscapeKeepingBraces(string value) =>
        string.Join("{", value.Split('{').Select(part => string.Join("}", part.Split('}').Select(Escape))));

    private static string Escape(string value)
    {
        if (!value.AsSpan().ContainsAny(Special))
        {
            return value; // most values need no escaping
        }

        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => text.Append('\\').Append(c),
                '\\' => text.Append("\\textbackslash{}"),
                '–' => text.Append("--"),
                '—' => text.Append("---"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&%$#_{}\\–—");
}
