using SiteBuilder.Import;

namespace SiteBuilder.Checks;

/// <summary>An essay page and the seed it was imported from, whose every sentence must reach the page.</summary>
public sealed record FidelitySource(string PagePath, string SeedPath, PlainTextEssay Seed);
