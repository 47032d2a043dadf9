using System.Globalization;
using SiteBuilder.Citations;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>Google Scholar's Highwire-style citation_* meta tags, for the essay and for each reference.</summary>
internal static class ScholarTags
{
    public static IReadOnlyList<MetaTagModel> ForEssay(PageContext context, RenderedDocument essay)
    {
        var meta = essay.Item.Meta;
        var tags = new List<MetaTagModel> { new("citation_title", meta.Title) };
        Add(tags, "citation_author", meta.Author ?? context.Config.Author);
        Add(tags, "citation_publication_date", meta.Date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Add(tags, "citation_language", context.Config.Language);
        Add(tags, "citation_keywords", meta.Keywords.Count == 0 ? null : string.Join("; ", meta.Keywords));
        Add(tags, "citation_fulltext_html_url", context.AbsoluteUrl(essay.Item.Url));
        Add(tags, "citation_pdf_url", context.WithPdf ? context.AbsoluteUrl(PageContext.PdfUrl(essay)) : null);
        tags.AddRange(essay.Bibliography.Select(e => new MetaTagModel("citation_reference", context.ScholarReference(e.Reference))));
        return tags;
    }

    public static IReadOnlyList<MetaTagModel> ForReference(Reference reference)
    {
        var tags = new List<MetaTagModel>();
        foreach (var (name, value) in Fields(reference))
        {
            tags.Add(new MetaTagModel(name, value));
        }

        return tags;
    }

    /// <summary>One cited work in Scholar's citation_reference form: "citation_title=…; citation_author=…".</summary>
    public static string Reference(Reference reference) =>
        string.Join("; ", Fields(reference).Select(f => $"{f.Name}={f.Value}"));

    private static IEnumerable<(string Name, string Value)> Fields(Reference reference)
    {
        yield return ("citation_title", reference.PlainTitle);
        foreach (var author in reference.PlainAuthors)
        {
            yield return ("citation_author", author.Inverted());
        }

        var (first, last) = reference.PageRange();
        var optional = new (string Name, string? Value)[]
        {
            ("citation_publication_date", reference.Year?.ToString(CultureInfo.InvariantCulture)),
            (reference.IsArticle ? "citation_journal_title" : "citation_inbook_title", reference.Type == "book" ? null : reference.ContainerTitle),
            ("citation_volume", reference.Volume),
            ("citation_issue", reference.Issue),
            ("citation_firstpage", reference.Page is null ? null : first),
            ("citation_lastpage", last),
            ("citation_publisher", reference.Publisher),
            ("citation_doi", reference.Doi),
            ("citation_isbn", reference.Isbn),
        };
        foreach (var (name, value) in optional.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            yield return (name, value!);
        }
    }

    private static void Add(List<MetaTagModel> tags, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            tags.Add(new MetaTagModel(name, value));
        }
    }
}
