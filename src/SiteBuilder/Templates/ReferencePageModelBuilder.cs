using SiteBuilder.Citations;
using SiteBuilder.Content;

namespace SiteBuilder.Templates;

/// <summary>Builds the page of one reference: its entry, annotation, backlinks, exports, Scholar tags and neighbours.</summary>
internal static class ReferencePageModelBuilder
{
    public static (FrameModel Frame, ReferencePageModel Page) Build(PageContext context, BacklinkIndex backlinks, IReadOnlyList<Reference> ordered, int index)
    {
        var reference = ordered[index];
        var url = SitePaths.Reference(reference.Id);
        var label = ShortLabel(context, reference);
        var model = new ReferencePageModel(
            Id: reference.Id,
            Title: new HtmlString(new FormattedTextBuilder().Rich(reference.Title).Build().ToHtml()),
            TypeLabel: TypeLabel(reference.Type),
            Entry: new HtmlString(context.Citations.FormatEntry(reference).ToHtml()),
            Annotation: reference.Annotation,
            Pages: reference.Reading.Pages,
            ThemeTitle: context.Themes.FirstOrDefault(t => t.Id == reference.Reading.Theme)?.Title,
            CitedIn: backlinks.For(reference.Id),
            Downloads: DownloadLinks.For(url, SitePaths.ReferenceSegment(reference.Id)),
            Previous: index > 0 ? Link(context, ordered[index - 1]) : null,
            Next: index + 1 < ordered.Count ? Link(context, ordered[index + 1]) : null)
        {
            Fields = Fields(reference),
            FindIt = FindIt(reference),
        };
        var breadcrumbs = new List<LinkModel> { new("Home", "/"), new("References", SitePaths.ReferencesIndex), new(label, url) };
        var frame = FrameModelBuilder.Build(context, $"{label}: {reference.PlainTitle}", reference.Annotation, url, "reference", breadcrumbs, ScholarTags.ForReference(reference), JsonLdBuilder.Reference(context, reference));
        return (frame, model);
    }

    /// <summary>
    /// Where a reader can find the work, from what the reference gives and nothing more: its DOI, its own address,
    /// its ISBN (in a library catalogue), and a library search by title and author.
    /// </summary>
    private static IReadOnlyList<LinkModel> FindIt(Reference reference)
    {
        var links = new List<LinkModel>();
        if (reference.DoiUrl is { } doi)
        {
            links.Add(new LinkModel("The publisher’s version (DOI)", doi));
        }
        else if (reference.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "https" or "http")
        {
            links.Add(new LinkModel("Online", url));
        }

        var isbn = reference.Item["ISBN"]?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Replace("-", "", StringComparison.Ordinal);
        if (isbn is { Length: 10 or 13 } && isbn.All(c => char.IsAsciiDigit(c) || c is 'X' or 'x'))
        {
            links.Add(new LinkModel($"ISBN {isbn} in WorldCat", "https://search.worldcat.org/isbn/" + isbn));
        }

        var author = reference.PlainAuthors.FirstOrDefault() is { } first ? " " + (first.Literal ?? first.Family) : "";
        links.Add(new LinkModel("Search libraries (WorldCat)", "https://search.worldcat.org/search?q=" + Uri.EscapeDataString(reference.PlainTitle + author)));
        return links;
    }

    /// <summary>The reference's text fields by name, CSL or not, as templates read them (a script object, so both page.fields.ISSN and page.fields["title-short"] work).</summary>
    private static Scriban.Runtime.ScriptObject Fields(Reference reference)
    {
        var fields = new Scriban.Runtime.ScriptObject();
        foreach (var (name, value) in reference.Item.Variables.Concat(reference.Item.Extra))
        {
            fields.TryAdd(name, value);
        }

        return fields;
    }

    /// <summary>"Levine &amp; Heller (2010)", the name a reader knows a work by.</summary>
    public static string ShortLabel(PageContext context, Reference reference)
    {
        var names = NamesInText(reference.PlainAuthors);
        return $"{(names.Length > 0 ? names : reference.PlainTitle)} ({context.Citations.YearLabel(reference)})";
    }

    /// <summary>"Johnson", "Levine &amp; Heller", "Schnarch et al.": the names a reader knows a work by.</summary>
    private static string NamesInText(IReadOnlyList<Csl.Data.CslName> names)
    {
        static string Surname(Csl.Data.CslName name) => name.IsLiteral ? name.Literal! : name.FamilyWithParticle;
        return names.Count switch
        {
            0 => "",
            1 => Surname(names[0]),
            2 => $"{Surname(names[0])} & {Surname(names[1])}",
            _ => Surname(names[0]) + " et al.",
        };
    }

    private static LinkModel Link(PageContext context, Reference reference) =>
        new(ShortLabel(context, reference), SitePaths.Reference(reference.Id));

    /// <summary>The kind of work, as the references index groups them.</summary>
    public static string KindOfWork(string type) => type switch
    {
        "book" or "classic" => "Books",
        "chapter" or "entry" or "entry-dictionary" or "entry-encyclopedia" => "Chapters and entries",
        "article-journal" or "review" or "review-book" => "Journal articles",
        "article-magazine" or "article-newspaper" => "Magazine and newspaper articles",
        "paper-conference" or "speech" => "Conference papers and talks",
        "report" or "thesis" or "standard" => "Reports and theses",
        "webpage" or "post" or "post-weblog" => "Web pages",
        _ => "Other works",
    };

    public static int KindOrder(string kind) => kind switch
    {
        "Books" => 0,
        "Chapters and entries" => 1,
        "Journal articles" => 2,
        "Magazine and newspaper articles" => 3,
        "Conference papers and talks" => 4,
        "Reports and theses" => 5,
        "Web pages" => 6,
        _ => 7,
    };

    private static string TypeLabel(string type) => type switch
    {
        "book" => "Book",
        "chapter" => "Book chapter",
        "article-journal" => "Journal article",
        "article-magazine" => "Magazine article",
        "article-newspaper" => "Newspaper article",
        "report" => "Report",
        "thesis" => "Thesis",
        "webpage" => "Web page",
        _ => type,
    };
}
