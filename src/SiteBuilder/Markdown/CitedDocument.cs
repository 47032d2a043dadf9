using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>A parsed document with its citations formatted: each citation's text by its node, and the document's reference list.</summary>
internal sealed record CitedDocument(ParsedDocument Parsed, IReadOnlyDictionary<CitationInline, FormattedCitation> Formatted, IReadOnlyList<BibliographyEntry> Bibliography);
