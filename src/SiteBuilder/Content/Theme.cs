namespace SiteBuilder.Content;

/// <summary>A reading-list theme declared in the reading list's front matter, in reading order.</summary>
public sealed record Theme(string Id, string Title, string? Description);
