namespace SiteBuilder.Citations;

/// <summary>A reference with its formatted reference-list entry.</summary>
public sealed record BibliographyEntry(Reference Reference, FormattedText Text);
