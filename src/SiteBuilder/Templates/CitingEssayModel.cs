namespace SiteBuilder.Templates;

/// <summary>An essay that cites a reference, with every passage that does, in reading order.</summary>
public sealed record CitingEssayModel(string Title, string Url, IReadOnlyList<PassageModel> Passages);
