using SiteBuilder.Output;

namespace SiteBuilder.Pdf;

/// <summary>The PDFs made, with the time spent starting Chromium and in all.</summary>
public sealed record PdfExportResult(IReadOnlyList<OutputFile> Files, double ChromiumStartMilliseconds, double TotalMilliseconds);
