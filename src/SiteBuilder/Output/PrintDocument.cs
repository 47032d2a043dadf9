using SiteBuilder.Configuration;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>
/// An essay laid out for print: the HTML to print (served from <see cref="HtmlPath"/> beside the site's
/// assets), where the PDF goes, its metadata and page setup. The PDF stage turns it into a file.
/// </summary>
public sealed record PrintDocument(string PdfPath, string HtmlPath, string Html, PdfMetadata Metadata, PdfSettings Settings, SourceLocation Origin);
