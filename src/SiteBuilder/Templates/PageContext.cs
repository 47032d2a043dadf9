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
    public IEnumerable<RenderedDocument> Essays => Documents.Where(d => d.Item.Kind == ContentKind.Essay);

    public RenderedDocument? Page(string slug) =>
        Documents.FirstOrDefault(d => d.Item.Kind == ContentKind.Page && d.Item.Slug == slug);

    public IReadOnlyList<Theme> Themes => Page("reading-list")?.Item.Meta.Themes ?? [];

    /// <summary>The site path of an essay's PDF, beside its page.</summary>
    public static string PdfUrl(RenderedDocument essay) => essay.Item.Url + essay.Item.Slug + ".pdf";

    /// <summary>An absolute URL under base_url for a site-root path, for citations and metadata.</summary>
    public string AbsoluteUrl(string sitePath) => Config.BaseUrl + sitePath.TrimStart('/');
}
