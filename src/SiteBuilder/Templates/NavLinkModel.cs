namespace SiteBuilder.Templates;

/// <summary>A navigation entry and whether it is the section the page is in.</summary>
public sealed record NavLinkModel(string Title, string Url, bool IsCurrent);
