using SiteBuilder.Citations;
using SiteBuilder.Content;

namespace SiteBuilder.Markdown;

/// <summary>An essay or page after the render phase: its body as HTML, its structure, and its formatted citations.</summary>
public sealed record RenderedDocument(
    ContentItem Item,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<CitationOccurrence> Citations,
    int WordCount,
    IReadOnlyList<BibliographyEntry> Bibliography)
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] body = [];

    public RenderedDocument(ContentItem item, IReadOnlyList<HeadingInfo> headings, IReadOnlyList<CitationOccurrence> citations, int wordCount, string bodyHtml, IReadOnlyList<BibliographyEntry> bibliography)
        : this(item, headings, citations, wordCount, bibliography)
    {
        body = Utf8.GetBytes(bodyHtml);
    }

    /// <summary>The body as HTML, kept as UTF-8 until a page asks for it (empty once <see cref="WithoutBody"/> let it go).</summary>
    public string BodyHtml => Utf8.GetString(body);

    /// <summary>The body's size in UTF-8 bytes (0 once <see cref="WithoutBody"/> let it go).</summary>
    public int BodyLength => body.Length;

    /// <summary>
    /// The document without its body and without its source text, once its own page is made: what other pages
    /// need of it (title, headings, citations, bibliography) stays, and a large site does not hold every body.
    /// </summary>
    public RenderedDocument WithoutBody() =>
        new(Item with { Source = new SourceFile(Item.Source.Path, "") }, Headings, Citations, WordCount, Bibliography) { Opening = Opening };

    /// <summary>The plain text of the first paragraph, kept when the body is let go.</summary>
    public string Opening { get; init; } = "";
}
