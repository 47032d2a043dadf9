namespace SiteBuilder.Output;

/// <summary>The document information a PDF carries: title, author, subject, keywords and language.</summary>
public sealed record PdfMetadata(string Title, string? Author, string? Subject, IReadOnlyList<string> Keywords, string Language);
