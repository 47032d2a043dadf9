namespace SiteBuilder.Templates;

/// <summary>What the reference layout sees, as <c>page</c>.</summary>
public sealed record ReferencePageModel(
    string Id,
    HtmlString Title,
    string TypeLabel,
    HtmlString Entry,
    string? Annotation,
    string? Pages,
    string? ThemeTitle,
    IReadOnlyList<CitingEssayModel> CitedIn,
    IReadOnlyList<DownloadModel> Downloads,
    LinkModel? Previous,
    LinkModel? Next);
