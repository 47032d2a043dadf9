using System.Globalization;
using System.Text;

namespace SiteBuilder.Citations;

/// <summary>Renders references in the RIS format that Zotero, EndNote and Mendeley import.</summary>
public static class RisRenderer
{
    public static string Render(IEnumerable<Reference> references) => Write(references).ToString();

    /// <summary>The records one after another, in a builder (a whole library's export is never one large string).</summary>
    internal static StringBuilder Write(IEnumerable<Reference> references)
    {
        var text = new StringBuilder();
        foreach (var reference in references)
        {
            Append(reference, text);
        }

        return text;
    }

    public static string RenderOne(Reference reference) => Append(reference, new StringBuilder()).ToString();

    /// <summary>A value on one line, as a RIS tag holds it: its lines (an annotation's paragraphs, say) joined by single spaces.</summary>
    private static string OneLine(string value) =>
        value.AsSpan().ContainsAny('\n', '\r') ? string.Join(' ', value.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : value;

    private static StringBuilder Append(Reference reference, StringBuilder text)
    {
        void Tag(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append(tag).Append("  - ").Append(OneLine(value)).Append('\n');
            }
        }

        Tag("TY", Type(reference.Type));
        Tag("ID", reference.Id);
        foreach (var author in reference.PlainAuthors)
        {
            Tag("AU", author.Inverted());
        }

        foreach (var editor in reference.PlainEditors)
        {
            Tag("ED", editor.Inverted());
        }

        Tag("PY", reference.Year?.ToString(CultureInfo.InvariantCulture));
        Tag("TI", reference.PlainTitle);
        Tag(reference.IsArticle ? "JO" : "T2", reference.ContainerTitle);
        Tag("VL", reference.Volume);
        Tag("IS", reference.Issue);
        var (first, last) = reference.PageRange();
        Tag("SP", first);
        Tag("EP", last);
        Tag("ET", reference.Edition);
        Tag("PB", reference.Publisher);
        Tag("CY", reference.PublisherPlace);
        Tag("DO", reference.Doi);
        Tag("UR", reference.Url);
        Tag("SN", reference.Isbn);
        Tag("N1", reference.Annotation);
        text.Append("ER  - \n");
        return text;
    }

    private static string Type(string cslType) => cslType switch
    {
        "book" => "BOOK",
        "chapter" => "CHAP",
        "report" => "RPRT",
        "thesis" => "THES",
        "webpage" => "ELEC",
        "article-magazine" => "MGZN",
        "article-newspaper" => "NEWS",
        _ when cslType.StartsWith("article", StringComparison.Ordinal) => "JOUR",
        _ => "GEN",
    };
}
