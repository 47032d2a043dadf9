namespace SiteBuilder.Output;

/// <summary>
/// A URL a page refers to (an <c>href</c> or <c>src</c>), as written before it was made relative, with the
/// element that holds it and, when the link was written in Markdown, its line and column there.
/// </summary>
public sealed record LinkFact(string Element, string Url, (int Line, int Column)? MarkdownPosition);
