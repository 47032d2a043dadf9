namespace SiteBuilder.Citations;

/// <summary>
/// The citations of one document formatted as a batch: one result per citation, in order (null where a key
/// was unknown), and the document's bibliography in style order.
/// </summary>
public sealed record ProcessedCitations(IReadOnlyList<FormattedCitation?> Citations, IReadOnlyList<BibliographyEntry> Bibliography);
