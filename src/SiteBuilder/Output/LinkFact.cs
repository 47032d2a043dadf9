namespace SiteBuilder.Output;

/// <summary>
/// A URL a page refers to (an <c>href</c> or <c>src</c>), as written before it was made relative, with the
/// element that holds it and, when the link was written in Markdown, its line and column there.
/// </summary>
public sealed record LinkFact(string Element, string Url, (int Line, int Column)? MarkdownPosition)
{
    /// <summary>Whether the URL leaves the site (it has a scheme, or starts with "//").</summary>
    public bool External { get; init; }

    /// <summary>The site path the URL leads to ("" for a fragment of the same page), resolved as the page was written.</summary>
    public string Target { get; init; } = "";

    /// <summary>The fragment after '#', or "".</summary>
    public string Fragment { get; init; } = "";
}
