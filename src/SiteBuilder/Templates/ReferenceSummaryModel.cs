namespace SiteBuilder.Templates;

/// <summary>A reference as listed on the references index.</summary>
public sealed record ReferenceSummaryModel(string Id, string Url, HtmlString Entry, int CitationCount);
