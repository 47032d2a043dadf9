namespace SiteBuilder.Templates;

/// <summary>A passage that cites a reference: the essay, its section, the cited sentence, and the paragraph's URL.</summary>
public sealed record CitedInModel(string EssayTitle, string? Section, string Excerpt, string Url);
