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
            ("author", Names(reference.PlainAuthors)),
            ("editor", Names(reference.PlainEditors)),
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
            // names are escaped as they are joined (their braces are BibTeX's); a DOI or URL is verbatim
            var escaped = name is "doi" or "url" or "author" or "editor" ? value! : Escape(value!);
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

    /// <summary>
    /// "van Gogh, Vincent and {World Health Organization}", escaped: an institution in braces, so it is never split, and
    /// so is a person's name that holds " and " (which BibTeX would take for the next name); the names' own braces and
    /// other special characters escaped.
    /// </summary>
    private static string? Names(IReadOnlyList<Csl.Data.CslName> names) =>
        names.Count == 0 ? null : string.Join(" and ", names.Select(n => n.IsLiteral ? "{" + Escape(n.Literal!) + "}" : Person(n)));

    private static string Person(Csl.Data.CslName name)
    {
        var escaped = Escape(name.Inverted());
        return escaped.Contains(" and ", StringComparison.OrdinalIgnoreCase)
            ? string.Join(", ", escaped.Split(", ").Select(part => part.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + part + "}" : part))
            : escaped;
    }

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
                '~' => text.Append("\\textasciitilde{}"), // a bare one is a non-breaking space
                '^' => text.Append("\\textasciicircum{}"), // a bare one is a superscript
                '–' => text.Append("--"),
                '—' => text.Append("---"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&%$#_{}\\~^–—");
}
