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
    LinkModel? Next)
{
    /// <summary>
    /// Every text field of the reference as the bibliography gave it, CSL variables and keys CSL does not know
    /// alike (<c>page.fields["title-short"]</c>, <c>page.fields.ISSN</c>), for templates that show more than the entry.
    /// </summary>
    public Scriban.Runtime.ScriptObject Fields { get; init; } = [];

    /// <summary>Where a reader can find the work: its DOI or address, its ISBN in a catalogue, a library search.</summary>
    public IReadOnlyList<LinkModel> FindIt { get; init; } = [];
}
