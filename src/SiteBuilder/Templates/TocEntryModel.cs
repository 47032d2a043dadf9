namespace SiteBuilder.Templates;

/// <summary>A line of a table of contents.</summary>
public sealed record TocEntryModel(int Level, string Text, string Anchor);
