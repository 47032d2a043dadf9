namespace SiteBuilder.Templates;

/// <summary>A theme of the reading list with its works in reading order.</summary>
public sealed record ThemeGroupModel(string Id, string Title, string? Description, IReadOnlyList<ReadingItemModel> Items);
