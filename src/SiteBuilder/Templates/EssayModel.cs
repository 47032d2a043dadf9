namespace SiteBuilder.Templates;

/// <summary>What the essay layout sees, as <c>page</c>.</summary>
public sealed record EssayModel(
    string Title,
    string? Description,
    string? Author,
    string? DateText,
    string? DateIso,
    int ReadingMinutes,
    int WordCount,
    IReadOnlyList<TocEntryModel> Toc,
    HtmlString Body,
    IReadOnlyList<BibliographyEntryModel> Bibliography,
    HtmlString CiteApa,
    string CiteBibtex,
    DownloadModel CiteDownload,
    DownloadModel? PdfDownload,
    string Url);
