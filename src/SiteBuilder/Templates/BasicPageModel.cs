namespace SiteBuilder.Templates;

/// <summary>What the page, home and 404 layouts see, as <c>page</c>: the page's text, the site's essays, and the ways on.</summary>
public sealed record BasicPageModel(
    string Title,
    string? Description,
    HtmlString Body,
    IReadOnlyList<EssaySummaryModel> Essays,
    int ReferenceCount,
    string ReadingListUrl,
    string ReferencesUrl);
