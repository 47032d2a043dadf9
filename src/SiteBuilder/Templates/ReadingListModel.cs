namespace SiteBuilder.Templates;

/// <summary>What the reading-list layout sees, as <c>page</c>.</summary>
public sealed record ReadingListModel(string Title, HtmlString Intro, IReadOnlyList<ThemeGroupModel> Themes, IReadOnlyList<DownloadModel> Downloads);
