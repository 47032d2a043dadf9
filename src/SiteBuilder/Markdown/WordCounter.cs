namespace SiteBuilder.Markdown;

/// <summary>
/// Counts words, runs of non-space characters that hold a letter or digit, over text that may come in pieces (a word
/// may span two of them), without allocating them. Every paragraph of every essay goes through it, so the common
/// case, ASCII, is read from a table and the state moves without branches that prose would keep mispredicting.
/// </summary>
internal struct WordCounter
{
    private const byte Space = 1;
    private const byte LetterOrDigit = 2;

    private int words;
    private int inWord;
    private int hasLetter;

    public readonly int Total => words + (inWord & hasLetter);

    /// <param name="markerIsSpace">Whether <see cref="PlainTextExtractor.CitationMarker"/> stands between words like a space (a citation in a paragraph's text).</param>
    public void Add(ReadOnlySpan<char> text, bool markerIsSpace)
    {
        var table = Ascii;
        foreach (var c in text)
        {
            int kind = c < 128 ? table[c] : Classify(c, markerIsSpace);
            var space = kind & Space;
            words += space & inWord & hasLetter;
            inWord = space ^ 1;
            hasLetter = (hasLetter | (kind >> 1)) & inWord;
        }
    }

    private static byte Classify(char c, bool markerIsSpace) =>
        char.IsWhiteSpace(c) || (markerIsSpace && c == PlainTextExtractor.CitationMarker) ? Space
        : char.IsLetterOrDigit(c) ? LetterOrDigit
        : (byte)0;

    /// <summary>The kind of each ASCII character: <see cref="Space"/> for tab, line feed, vertical tab, form feed, carriage return and space; <see cref="LetterOrDigit"/> for letters and digits.</summary>
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];
}
