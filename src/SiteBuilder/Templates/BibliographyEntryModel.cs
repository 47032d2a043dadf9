namespace SiteBuilder.Templates;

/// <summary>One entry of a References section: its anchor on the page, formatted text and reference page.</summary>
public sealed record BibliographyEntryModel(string Id, string Anchor, HtmlString Html, string Url);
