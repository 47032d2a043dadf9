namespace SiteBuilder.Templates;

/// <summary>What the references layout sees, as <c>page</c>.</summary>
public sealed record ReferencesIndexModel(string Title, HtmlString Intro, IReadOnlyList<ReferenceSummaryModel> Entries, IReadOnlyList<DownloadModel> Downloads)
{
    /// <summary>The entries by kind of work, each group in the style's order; one group when all are of a kind.</summary>
    public IReadOnlyList<ReferenceGroupModel> Groups { get; init; } = [];
}
