namespace SiteBuilder.Templates;

/// <summary>A passage that cites a reference: its section, the cited sentence, and the URL of its paragraph.</summary>
public sealed record PassageModel(string? Section, string Excerpt, string Url);
