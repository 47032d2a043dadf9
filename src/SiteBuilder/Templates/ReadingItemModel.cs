namespace SiteBuilder.Templates;

/// <summary>One work on the reading list, numbered in the suggested order.</summary>
public sealed record ReadingItemModel(int Number, string Id, string Url, HtmlString Entry, string? Annotation, string? Pages)
{
    /// <summary>The name a reader knows the work by ("Levine &amp; Heller (2010)").</summary>
    public string Label { get; init; } = "";

    /// <summary>In a printed essay: the work is in the essay's References, so the appendix refers to its entry there instead of repeating it.</summary>
    public string? ReferencesAnchor { get; init; }
}
