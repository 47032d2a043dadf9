namespace SiteBuilder.Output;

/// <summary>An essay as the Atom feed lists it; URLs are absolute.</summary>
public sealed record FeedEntry(string Title, string Url, string? Summary, string? Author, DateTimeOffset Updated);
