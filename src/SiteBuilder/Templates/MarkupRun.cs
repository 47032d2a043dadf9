namespace SiteBuilder.Templates;

/// <summary>
/// A stretch of a template between its control tags: pieces of text it writes as they are, and the values it writes
/// between them. Read once, when the template is compiled, as the page's rewriter reads markup, from the start of
/// each piece of text to the stretch's end: the pass over a page takes the tags from here wherever the templates
/// wrote the stretch (see <see cref="TemplateMark"/>), instead of reading them again on every page.
/// </summary>
/// <remarks>
/// A value written escaped holds no '&lt;', '&gt;' or quote, so it cannot end a quoted attribute value, start a tag or
/// end one. A tag is taken as read here only when every value in it stands inside a quoted attribute value, and when
/// what the pass does to it depends on no more than its id's and its link's text (which it then takes from the page);
/// any other tag, and a comment, is read on the page when the pass comes to it, and the pass goes on from here only
/// if it ended where it ends here. A value written as HTML (a partial, a body) can change anything after it: the
/// pass takes no tag from here that spans it, and starts again from the next piece of text it comes to.
/// </remarks>
internal sealed class MarkupRun
{
    /// <summary>
    /// The stretch of <paramref name="texts"/> (each piece's text, or null for a value written between them), each piece
    /// of text read by <paramref name="read"/> from its start to the stretch's end.
    /// </summary>
    public MarkupRun(IReadOnlyList<string?> texts, MarkupReader read)
    {
        var pieces = new Piece[texts.Count];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = new Piece(this, i, texts[i]?.Length ?? -1, texts[i] is null ? [] : read(texts, i));
        }

        Pieces = pieces;
    }

    /// <summary>The stretch's pieces in order: its text and its values.</summary>
    public Piece[] Pieces { get; }

    /// <summary>One piece of a stretch.</summary>
    /// <param name="length">The text's length; -1 for a value.</param>
    /// <param name="tokens">For a piece of text, the markup from its start to the stretch's end, as the pass would read it there.</param>
    public sealed class Piece(MarkupRun run, int index, int length, MarkupToken[] tokens)
    {
        public MarkupRun Run => run;

        public int Index => index;

        public int Length => length;

        /// <summary>For a piece of text, the markup from its start to the stretch's end, as the pass would read it there (none for a value).</summary>
        public MarkupToken[] Tokens => tokens;
    }
}

/// <summary>
/// Reads a stretch's markup from the start of its piece <c>first</c> to its end, as the page's rewriter would read it
/// there (the rewriter's own reading, which the build gives the templates).
/// </summary>
internal delegate MarkupToken[] MarkupReader(IReadOnlyList<string?> texts, int first);

/// <summary>A place in a stretch of a template: a piece, and an offset in it.</summary>
internal readonly record struct MarkupPoint(int Piece, int Offset);

/// <summary>A tag of a template's stretch, read once (see <see cref="MarkupRun"/>), from <see cref="Start"/> to <see cref="End"/>.</summary>
internal sealed record MarkupToken(MarkupToken.Kind Does, MarkupPoint Start, MarkupPoint End)
{
    /// <summary>What the pass does with a token.</summary>
    public enum Kind
    {
        /// <summary>An end tag: closes its element.</summary>
        Close,

        /// <summary>A start tag taken from here: its id and link taken from the page, its element opened unless void.</summary>
        Open,

        /// <summary>Markup read on the page (a tag the pass changes or learns more from, a comment, an element of raw text).</summary>
        Read,
    }

    /// <summary>The element's name, as the pass reads it.</summary>
    public string Name { get; init; } = "";

    public bool Void { get; init; }

    public bool Main { get; init; }

    /// <summary>Whether the element has the class "prose", when its class has no value written in it.</summary>
    public bool Prose { get; init; }

    /// <summary>Where the class's value lies, when a value is written in it (else <see cref="Prose"/> says).</summary>
    public (MarkupPoint From, MarkupPoint To)? Class { get; init; }

    /// <summary>Where the id's value lies, if the tag has one.</summary>
    public (MarkupPoint From, MarkupPoint To)? Id { get; init; }

    /// <summary>Where the link's address lies (<c>href</c> of a or link, <c>src</c> of script or source), if the tag has one.</summary>
    public (MarkupPoint From, MarkupPoint To)? Link { get; init; }

    /// <summary>Whether a site-root address can be made relative in place (the tag written back would differ only there).</summary>
    public bool LinkInPlace { get; init; }
}

/// <summary>
/// Where a template wrote a piece of a stretch (see <see cref="MarkupRun"/>) into a page, from <see cref="At"/> to
/// <see cref="End"/>: the page's marks, in order, let its rewriter take the stretches' tags as read. A value written
/// as HTML gets no mark, nor does a piece written indented.
/// </summary>
internal readonly record struct TemplateMark(int At, int End, MarkupRun.Piece Piece);
