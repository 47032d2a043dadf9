using SiteBuilder.Citations;
using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>What every model builder may read: the settings, the library, and all rendered documents.</summary>
internal sealed record PageContext(
    SiteConfig Config,
    ReferenceLibrary Library,
    CitationProcessor Citations,
    IReadOnlyList<RenderedDocument> Documents,
    bool WithPdf = false)
{
    private readonly IReadOnlyList<RenderedDocument> essays = Documents.Where(d => d.Item.Kind == ContentKind.Essay).ToList();
    private readonly Dictionary<string, RenderedDocument> pages = Documents.Where(d => d.Item.Kind == ContentKind.Page)
        .GroupBy(d => d.Item.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public IReadOnlyList<RenderedDocument> Essays => essays;

    public RenderedDocument? Page(string slug) => pages.GetValueOrDefault(slug);

    public IReadOnlyList<Theme> Themes => Page("reading-list")?.Item.Meta.Themes ?? [];

    private IReadOnlyList<(Theme Theme, IReadOnlyList<Reference> References)>? readingGroups;

    /// <summary>The reading list's themes with their works, worked out once for the page and its exports (a memo: the same from any thread).</summary>
    public IReadOnlyList<(Theme Theme, IReadOnlyList<Reference> References)> ReadingGroups =>
        LazyInitializer.EnsureInitialized(ref readingGroups, () => ReadingListGrouper.Group(Themes, Library, Citations.Style));

    /// <summary>The site path of an essay's PDF, beside its page.</summary>
    public static string PdfUrl(RenderedDocument essay) => essay.Item.Url + essay.Item.Slug + ".pdf";

    /// <summary>Whether the site knows the address it is published at (base_url or --base-url).</summary>
    public bool HasAddress => Config.BaseUrl != Configuration.BaseUrl.None;

    /// <summary>An absolute URL under base_url for a site-root path, for citations and metadata; null when the site has no address: no page shows a made-up one.</summary>
    public string? AbsoluteUrl(string sitePath) => HasAddress ? Config.BaseUrl + sitePath.TrimStart('/') : null;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> scholarReferences = new(StringComparer.Ordinal);

    /// <summary>A cited work in Google Scholar's citation_reference form, made once for all the essays that cite it (a memo: the same from any thread).</summary>
    public string ScholarReference(Reference reference) =>
        scholarReferences.GetOrAdd(reference.Id, static (_, work) => ScholarTags.Reference(work), reference);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Reference, byte[]> citedWorksJson = new(ReferenceEqualityComparer.Instance);

    /// <summary>A cited work's JSON-LD as the essays that cite it list it, made once for all of them (a memo: the same from any thread).</summary>
    public byte[] CitedWorkJson(Reference reference) =>
        citedWorksJson.GetOrAdd(reference, static (work, context) => JsonLdBuilder.CitedWork(context, work), this);
}
