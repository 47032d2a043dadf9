using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteBuilder.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="HtmlString"/>.
/// Escaping is the default, so a template cannot forget it.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>The templates rendered through this context, in order, so findings on their markup can name them.</summary>
    public List<string> TemplatesUsed { get; } = [];

    /// <summary>Where the partial that failed was included from, innermost first, like a compiler's "included from" notes.</summary>
    public List<SiteBuilder.Diagnostics.SourceLocation> IncludedFrom { get; } = [];

    /// <param name="pages">Where a page that spans the buffer's blocks is joined, shared by the contexts of a build.</param>
    /// <param name="plans">The templates' plans, which render them where they have one; null for Scriban alone.</param>
    /// <param name="fallback">Whether a page a plan leaves is rendered by Scriban (else the plan throws: for tests).</param>
    public EscapingTemplateContext(ScriptObject builtins, SiteBuilder.Diagnostics.LargeBuffers<char> pages, TemplateCatalogue? plans = null, bool fallback = true)
        : base(builtins)
    {
        this.pages = pages;
        this.plans = plans;
        this.fallback = fallback;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
        LoopLimit = 100_000;

        // Scriban cuts every string it converts at 1 MiB by default, which silently truncated large pages.
        LimitToString = 0;

        // the pages' buffer, over the one Scriban made (which cannot be replaced): ReleaseBuffer swaps this one
        PushOutput(new MarkedOutput(new System.Text.StringBuilder(FreshCapacity)));
    }

    /// <summary>An output buffer with the marks of the template pieces written into it (see <see cref="TemplateMark"/>).</summary>
    internal sealed class MarkedOutput(System.Text.StringBuilder builder) : StringBuilderOutput(builder)
    {
        public List<TemplateMark> Marks { get; } = [];
    }

    /// <summary>
    /// The most marks a buffer keeps: an essay's page has about 350; a page that lists a whole site (an index of
    /// thousands of essays, a work cited by hundreds) is read on from where its marks end, as it was before they were
    /// kept, rather than holding a large list of them.
    /// </summary>
    internal const int MostMarks = 4096;

    /// <summary>The marks of the pieces of template text written into the pages' buffer, valid as its text is.</summary>
    public IReadOnlyList<TemplateMark> Marks => ((MarkedOutput)Output).Marks;

    /// <summary>Forgets the marks from <paramref name="length"/> on, when the output is cut back there (a plan's run undone).</summary>
    internal void ForgetMarks(int length)
    {
        if (Output is MarkedOutput output)
        {
            output.Marks.RemoveAll(mark => mark.At >= length);
        }
    }

    /// <summary>
    /// Renders <paramref name="template"/> into this context's output buffer, emptied first, and returns the text in
    /// place, as <see cref="Template.Render(TemplateContext)"/> does but without copying it into a string (pages are
    /// large, and each copy was a large-object allocation). The text is valid until this context renders again.
    /// </summary>
    public ReadOnlyMemory<char> RenderToBuffer(Template template)
    {
        var builder = RenderToBlocks(template).Html;
        var chunks = builder.GetChunks();
        var enumerator = chunks.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return ReadOnlyMemory<char>.Empty;
        }

        var first = enumerator.Current;
        if (!enumerator.MoveNext())
        {
            return first;
        }

        // a page larger than the buffer: its blocks are joined in a block of the build's, outside the collected heap,
        // given back when the page is done (as an array, it was a large object, and those bring on full collections)
        joined = pages.Rent(builder.Length);
        builder.CopyTo(0, joined.GetSpan(), builder.Length);
        return joined.Memory[..builder.Length];
    }

    /// <summary>
    /// As <see cref="RenderToBuffer"/>, the text left in the buffer's blocks (one, unless the page outgrew the
    /// buffer): for text that is only written on, as a layout's output is into the base layout (as <see cref="HtmlChunks"/>), never joined.
    /// </summary>
    public HtmlChunks RenderToBlocks(Template template)
    {
        var output = (MarkedOutput)Output;
        var builder = output.Builder;
        builder.Length = 0; // one chunk (see ReleaseBuffer), as large as the largest page so far: later pages fit without growing it
        output.Marks.Clear();
        capacityBefore = builder.Capacity;
        RenderHere(template);
        return new HtmlChunks(builder) { Marks = output.Marks };
    }

    /// <summary>
    /// Renders a partial into a buffer of its own and gives its text as it lies there: written where the partial was
    /// called, it goes into the page from that buffer, not through a string of its own (a page includes several).
    /// The buffers are this context's, each taken once per page and all free again when the page is done
    /// (<see cref="ReleaseBuffer"/>), which is as long as an <see cref="HtmlChunks"/> is valid. A page that calls
    /// more partials than the context keeps buffers for (one in a loop over a long list) gives the rest buffers of
    /// their own, which are not kept: the context never holds more than a few.
    /// </summary>
    public HtmlChunks RenderPartial(Template template)
    {
        MarkedOutput output;
        if (partialsInUse < KeptPartialBuffers)
        {
            if (partialsInUse == partialBuffers.Count)
            {
                partialBuffers.Add(new MarkedOutput(new System.Text.StringBuilder(PartialCapacity)));
            }

            output = partialBuffers[partialsInUse++];
            output.Builder.Length = 0;
            output.Marks.Clear();
        }
        else
        {
            output = new MarkedOutput(new System.Text.StringBuilder(PartialCapacity));
        }

        PushOutput(output);
        try
        {
            RenderHere(template);
            return new HtmlChunks(output.Builder) { Marks = output.Marks };
        }
        finally
        {
            PopOutput();
        }
    }

    /// <summary>The partials' buffers, the first <see cref="partialsInUse"/> of them taken by the page rendering now.</summary>
    private readonly List<MarkedOutput> partialBuffers = [];

    private int partialsInUse;

    /// <summary>About the length of the site's partials (header, footer, contents): most fit without the buffer growing.</summary>
    private const int PartialCapacity = 1024;

    /// <summary>How many partials' buffers a context keeps: more than a page of this site calls (it calls four or five).</summary>
    private const int KeptPartialBuffers = 16;

    /// <summary>
    /// Renders <paramref name="template"/> into the current output, as <see cref="Template.Render(TemplateContext)"/> does
    /// before it copies the output into a string: by its plan where it has one, else (or when the plan leaves it) by Scriban.
    /// </summary>
    private void RenderHere(Template template)
    {
        if (template.SourceFilePath is { } source)
        {
            PushSourceFile(source);
        }

        try
        {
            if (plans?.PlanOf(template) is { } plan && plan.TryRun(this, fallback))
            {
                return;
            }

            if (template.Page is { } page && Evaluate(page) is { } result && EnableOutput)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                PopSourceFile();
            }
        }
    }

    private readonly SiteBuilder.Diagnostics.LargeBuffers<char> pages;

    private readonly TemplateCatalogue? plans;

    private readonly bool fallback;

    /// <summary>Where the page that spans the buffer's blocks is joined (see <see cref="RenderToBuffer"/>), until <see cref="ReleaseBuffer"/>.</summary>
    private SiteBuilder.Diagnostics.UnmanagedBlock<char>? joined;

    /// <summary>The capacity of a buffer after an outsized page: a page of the usual size fits.</summary>
    private const int FreshCapacity = 64 * 1024;

    /// <summary>The most text appended to the buffer at once: a longer text would make a block of its own size (a large object).</summary>
    private const int BlockLength = 8000;

    /// <summary>The output buffer's capacity when the page began: more at the end means the page outgrew it.</summary>
    private int capacityBefore;

    /// <summary>
    /// Empties the output buffer between pages, and gives back the array a page was joined in. A buffer that a page
    /// outgrew (it grew in small blocks) is joined into one block as large, for the pages to come, up to
    /// <see cref="SiteBuilder.Diagnostics.TextBuffers.LargestBlock"/>; one grown past that (a reference cited by hundreds of essays, a whole library
    /// listed) is let go instead, without first being joined, and a fresh one takes its place.
    /// </summary>
    public void ReleaseBuffer()
    {
        var builder = ((StringBuilderOutput)Output).Builder;
        if (builder.Capacity == capacityBefore || builder.Capacity <= SiteBuilder.Diagnostics.TextBuffers.LargestBlock)
        {
            builder.Length = 0;
            ((MarkedOutput)Output).Marks.Clear();
        }
        else
        {
            PopOutput();
            PushOutput(new MarkedOutput(new System.Text.StringBuilder(FreshCapacity)));
        }

        if (joined is not null)
        {
            pages.Return(joined);
            joined = null;
        }

        // the partials' buffers are free again; one an outsized partial grew is let go (emptying it would join its blocks)
        for (var i = 0; i < partialsInUse; i++)
        {
            if (partialBuffers[i].Builder.Capacity > SiteBuilder.Diagnostics.TextBuffers.LargestBlock)
            {
                partialBuffers[i] = new MarkedOutput(new System.Text.StringBuilder(PartialCapacity));
            }
            else
            {
                partialBuffers[i].Marks.Clear();
            }
        }

        partialsInUse = 0;
    }

    /// <summary>Appends in pieces no longer than <see cref="BlockLength"/>, so the buffer grows in small blocks however long the text.</summary>
    private static void AppendInBlocks(System.Text.StringBuilder builder, ReadOnlySpan<char> html)
    {
        while (html.Length > BlockLength)
        {
            builder.Append(html[..BlockLength]);
            html = html[BlockLength..];
        }

        builder.Append(html);
    }

    /// <summary>
    /// Writes HTML where no indentation applies as Scriban would, without its search for line breaks: all but the
    /// last character straight into the buffer, the last through Scriban, which so still knows whether the output
    /// ends a line (a partial included after it indents by that).
    /// </summary>
    private TemplateContext Unindented(SourceSpan span, StringBuilderOutput output, System.Text.StringBuilder html)
    {
        if (html.Length == 0)
        {
            return this;
        }

        var previous = ReadOnlyMemory<char>.Empty;
        foreach (var chunk in html.GetChunks())
        {
            if (chunk.Length == 0)
            {
                continue;
            }

            AppendInBlocks(output.Builder, previous.Span);
            previous = chunk;
        }

        return Unindented(span, output, previous.Span);
    }

    /// <summary>As <see cref="Unindented(SourceSpan, StringBuilderOutput, System.Text.StringBuilder)"/>, the marks of the templates' pieces in the HTML kept, moved to where it is written.</summary>
    private TemplateContext Unindented(SourceSpan span, StringBuilderOutput output, HtmlChunks html)
    {
        var at = output.Builder.Length;
        var written = Unindented(span, output, html.Html);
        if (html.Marks is { Count: > 0 } marks && output is MarkedOutput marked)
        {
            for (var i = 0; i < marks.Count && marked.Marks.Count < MostMarks; i++)
            {
                marked.Marks.Add(marks[i] with { At = marks[i].At + at, End = marks[i].End + at });
            }
        }

        return written;
    }

    /// <summary>
    /// Writes an essay's body that has a map between the map's markers, so the page's rewriter finds it: all but its
    /// final line break (the map's length) between them, the line break through Scriban after them, as
    /// <see cref="Unindented(SourceSpan, StringBuilderOutput, System.Text.StringBuilder)"/> writes a last character.
    /// </summary>
    private TemplateContext Mapped(SourceSpan span, StringBuilderOutput output, System.Text.StringBuilder html)
    {
        output.Builder.Append(Markdown.BodyMap.Start);
        var left = html.Length - 1;
        foreach (var chunk in html.GetChunks())
        {
            var part = chunk.Span[..Math.Min(chunk.Length, left)];
            AppendInBlocks(output.Builder, part);
            left -= part.Length;
        }

        output.Builder.Append(Markdown.BodyMap.End);
        return base.Write(span, "\n");
    }

    /// <summary>As <see cref="Unindented(SourceSpan, StringBuilderOutput, System.Text.StringBuilder)"/>, for text in one piece; short text goes through Scriban as it is.</summary>
    private TemplateContext Unindented(SourceSpan span, StringBuilderOutput output, ReadOnlySpan<char> html)
    {
        if (html.Length < 64)
        {
            return base.Write(span, html.ToString());
        }

        AppendInBlocks(output.Builder, html[..^1]);
        var last = html[^1];
        return base.Write(span, last == '\n' ? "\n" : last.ToString());
    }

    /// <summary>Whether nothing is being indented (Scriban keeps the indent as "" at a template's top level) and the output is the pages' buffer.</summary>
    private bool Unindenting(out StringBuilderOutput output)
    {
        output = (Output as StringBuilderOutput)!;
        return string.IsNullOrEmpty(CurrentIndent) && output is not null;
    }

    private TemplateContext Escaped(SourceSpan span, string? text)
    {
        if (text is null)
        {
            return base.Write(span, text);
        }

        WriteText(text, 0, text.Length);
        return this;
    }

    /// <summary>
    /// Writes <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/> as Scriban's
    /// <see cref="TemplateContext.Write(string, int, int)"/> does: where nothing is indented, all but the last character
    /// straight into the buffer, without Scriban's search for line breaks, and the last through Scriban, which so
    /// knows whether the output ends a line (a partial written after it indents by that).
    /// </summary>
    internal void WriteText(string text, int start, int count)
    {
        if (count > 1 && Unindenting(out var output))
        {
            AppendInBlocks(output.Builder, text.AsSpan(start, count - 1));
            Write(text, start + count - 1, 1);
            return;
        }

        Write(text, start, count);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlString html when html.Html.Length >= 64 && Unindenting(out var output) => Unindented(span, output, html.Html),
        HtmlString html => base.Write(span, html.Html),
        HtmlChunks { Map: { } map } html when Unindenting(out var output) && html.Html.Length == map.Length + 1 => Mapped(span, output, html.Html),
        HtmlChunks html when Unindenting(out var output) => Unindented(span, output, html),
        HtmlChunks html => base.Write(span, html.ToString()), // in an indented partial, Scriban indents each of its lines
        _ => Escaped(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
