using SiteBuilder.Import;

namespace SiteBuilder.Checks;

/// <summary>
/// An essay page and the seed it was imported from, whose every sentence must reach the page; with the essay's
/// body as rendered from Markdown, to tell a sentence the Markdown lost from one the templates dropped.
/// </summary>
public sealed record FidelitySource(string PagePath, string SeedPath, PlainTextEssay Seed, string BodyHtml = "");
