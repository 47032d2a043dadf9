namespace SiteBuilder.Templates;

/// <summary>What templates see of site.yaml, as <c>site</c>.</summary>
public sealed record SiteModel(string Title, string? Description, string? Author, string Language, IReadOnlyList<NavLinkModel> Nav);
