using System.Text;

namespace SiteBuilder.Output;

/// <summary>
/// What the fidelity check reads of a built page, taken as the page is written: its reader text, normalized
/// (<see cref="ReaderTextScanner"/>), or, where that one-pass reading gives up, the page's HTML for a parser. Taken then,
/// a page that lists a whole library (70 MB) is neither kept as a file until the checks nor decoded again for them.
/// </summary>
public sealed class PageReading
{
    private PageReading(NormalizedText? text, string? html) => (normalized, Html) = (text, html);

    private readonly NormalizedText? normalized;

    /// <summary>The page's HTML when its reader text is left to a parser, else null.</summary>
    public string? Html { get; }

    /// <summary>The reader text, normalized (empty when <see cref="Html"/> holds the page instead).</summary>
    public ReadOnlySpan<char> NormalizedText => normalized is null ? default : normalized.Span;

    /// <summary>Reads the page in a builder (the rewriter's output), from its one chunk when it has one.</summary>
    public static PageReading Of(StringBuilder page)
    {
        var (only, chunks) = (ReadOnlyMemory<char>.Empty, 0);
        foreach (var chunk in page.GetChunks())
        {
            only = chunk;
            if (++chunks > 1)
            {
                break;
            }
        }

        if (chunks > 1)
        {
            return Of(page.ToString());
        }

        return ReaderTextScanner.Of(only.Span) is { } text ? new PageReading(text, null) : new PageReading(null, only.ToString());
    }

    /// <summary>Reads the page's HTML.</summary>
    public static PageReading Of(string page) =>
        ReaderTextScanner.Of(page) is { } text ? new PageReading(text, null) : new PageReading(null, page);
}
