namespace SiteBuilder.Templates;

/// <summary>What the print layout sees besides the essay, as <c>print</c>: where the essay lives online and the optional appendix.</summary>
public sealed record PrintModel(string SiteTitle, string SiteUrl, string? EssayUrl, ReadingListModel? Appendix)
{
    /// <summary>The essay's title as a CSS string, for the running header of every page but the first.</summary>
    public HtmlString RunningTitle { get; init; } = new("\"\"");
}
