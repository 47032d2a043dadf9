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

    /// <summary>
    /// The body as the renderer made it (a string, or for an essay the renderer's pooled buffer until its page is
    /// made), or as UTF-8 once <see cref="Compacted"/> for keeping.
    /// </summary>
    private readonly object body = "";

    public RenderedDocument(ContentItem item, IReadOnlyList<HeadingInfo> headings, IReadOnlyList<CitationOccurrence> citations, int wordCount, string bodyHtml, IReadOnlyList<BibliographyEntry> bibliography)
        : this(item, headings, citations, wordCount, bibliography)
    {
        body = bodyHtml;
    }

    internal RenderedDocument(ContentItem item, IReadOnlyList<HeadingInfo> headings, IReadOnlyList<CitationOccurrence> citations, int wordCount, PooledBody pooledBody, IReadOnlyList<BibliographyEntry> bibliography)
        : this(item, headings, citations, wordCount, bibliography)
    {
        body = pooledBody;
    }

    /// <summary>The body as HTML (empty once <see cref="WithoutBody"/> let it go).</summary>
    public string BodyHtml => body switch
    {
        string text => text,
        PooledBody pooled => pooled.Text.ToString(),
        _ => Utf8.GetString((byte[])body),
    };

    /// <summary>Whether the document still has a body (an empty page has none, nor has one after <see cref="WithoutBody"/>).</summary>
    public bool HasBody => body switch
    {
        string text => text.Length > 0,
        PooledBody pooled => pooled.Text.Length > 0,
        _ => ((byte[])body).Length > 0,
    };

    /// <summary>The renderer's buffer holding the body while the document has one (an essay until its page is made), else null.</summary>
    internal System.Text.StringBuilder? BodyBuffer => (body as PooledBody)?.Text;

    /// <summary>The map of the body in <see cref="BodyBuffer"/> for the page's rewriter, when it has one.</summary>
    internal BodyMap? BodyMap => (body as PooledBody)?.Map;

    /// <summary>Gives the renderer's buffer back once the page is made (see <see cref="PooledBody"/>); the body cannot be read after this.</summary>
    internal void ReleaseBody() => (body as PooledBody)?.Release();

    /// <summary>
    /// The same document with its body held as UTF-8, for one kept past its own page (for the PDF, the fidelity
    /// check, the preview): half the memory of the string, which a page made at once would only pay to decode again.
    /// </summary>
    public RenderedDocument Compacted() => body switch
    {
        string text => new RenderedDocument(this, Utf8.GetBytes(text)),
        PooledBody pooled => new RenderedDocument(this, Utf8.GetBytes(pooled.Text.ToString())),
        _ => this,
    };

    private RenderedDocument(RenderedDocument document, byte[] utf8)
        : this(document.Item, document.Headings, document.Citations, document.WordCount, document.Bibliography)
    {
        body = utf8;
        Opening = document.Opening;
    }

    /// <summary>
    /// The document without its body, its source text, its headings and its citations, once its own page is made:
    /// what other pages need of it (title, the passages that cite each work, bibliography) stays, and a large site
    /// does not hold every body. (The headings make the essay's own table of contents, and the citations its own
    /// page; nothing else reads them.)
    /// </summary>
    public RenderedDocument WithoutBody() =>
        new(Item with { Source = new SourceFile(Item.Source.Path, "") }, WordCount, Bibliography, Passages, CitationCount) { Opening = Opening };

    private RenderedDocument(ContentItem item, int wordCount, IReadOnlyList<BibliographyEntry> bibliography, IReadOnlyList<CitedPassage> passages, int citationCount)
        : this(item, [], [], wordCount, bibliography)
    {
        this.passages = passages;
        this.citationCount = citationCount;
    }

    private readonly IReadOnlyList<CitedPassage>? passages;
    private readonly int? citationCount;

    /// <summary>
    /// Each passage that cites a work, once for every work it cites, in document order: what the works' back-links
    /// read (once a build). Worked out from the citations; a document without its body keeps these instead of its
    /// citations (about 2 KB less an essay held), and only such a document stores them.
    /// </summary>
    public IReadOnlyList<CitedPassage> Passages => passages ?? CitedPassage.Of(Citations, Bibliography);

    /// <summary>How many citations the document has (kept when its citations are let go).</summary>
    public int CitationCount => citationCount ?? Citations.Count;

    /// <summary>
    /// The first paragraph's opening words, as many as the description has (no more is compared: a description that
    /// only repeats them is not shown as a lede); kept when the body is let go.
    /// </summary>
    public string Opening { get; init; } = "";

    /// <summary>The start of <paramref name="paragraph"/> that <see cref="Opening"/> keeps, for a document with the given description.</summary>
    public static string OpeningFor(string paragraph, string? description)
    {
        var opening = paragraph.AsSpan().TrimStart();
        var compared = description?.Trim().TrimEnd('.', '…').Length ?? 0;
        return opening.Length <= compared ? opening.ToString() : opening[..compared].ToString();
    }
}
