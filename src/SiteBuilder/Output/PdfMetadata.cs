namespace SiteBuilder.Output;

/// <summary>The document information a PDF carries: title, author, subject, keywords and language.</summary>
/// <remarks>Date is the build's time (SOURCE_DATE_EPOCH or today), written as the PDF's creation and modification
/// date in place of the moment Chromium printed it, so that two builds of the same sources give the same bytes.</remarks>
public sealed record PdfMetadata(string Title, string? Author, string? Subject, IReadOnlyList<string> Keywords, string Language, DateTimeOffset Date = default);
