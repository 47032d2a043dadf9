namespace SiteBuilder.Templates;

/// <summary>A file offered for download, such as the BibTeX of a reference.</summary>
public sealed record DownloadModel(string Label, string Url, string FileName, string MediaType);
