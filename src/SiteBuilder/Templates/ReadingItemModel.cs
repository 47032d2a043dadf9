namespace SiteBuilder.Templates;

/// <summary>One work on the reading list, numbered in the suggested order.</summary>
public sealed record ReadingItemModel(int Number, string Id, string Url, HtmlString Entry, string? Annotation, string? Pages);
