namespace SiteBuilder.Templates;

/// <summary>What the references layout sees, as <c>page</c>.</summary>
public sealed record ReferencesIndexModel(string Title, HtmlString Intro, IReadOnlyList<ReferenceSummaryModel> Entries, IReadOnlyList<DownloadModel> Downloads);
