namespace SiteBuilder.Templates;

/// <summary>What templates see of site.yaml, as <c>site</c>, with the Open Graph locale and the feed's URL.</summary>
public sealed record SiteModel(string Title, string? Description, string? Author, string Language, string? Locale, string? FeedUrl);
