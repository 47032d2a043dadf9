namespace SiteBuilder.Templates;

/// <summary>An essay as the home page presents it.</summary>
public sealed record EssaySummaryModel(string Title, string? Description, string Url, int ReadingMinutes);
