namespace SiteBuilder.Templates;

/// <summary>What the essay layout sees, as <c>page</c>. <see cref="Body"/> is already-safe HTML: an <see cref="HtmlString"/>, or the renderer's buffer while the essay's own page is made.</summary>
public sealed record EssayModel(
    string Title,
    string? Description,
    string? Author,
    string? DateText,
    string? DateIso,
    int ReadingMinutes,
    int WordCount,
    IReadOnlyList<TocEntryModel> Toc,
    object Body,
    IReadOnlyList<BibliographyEntryModel> Bibliography,
    HtmlString CiteApa,
    string CiteBibtex,
    DownloadModel CiteDownload,
    DownloadModel? PdfDownload,
    string Url);
