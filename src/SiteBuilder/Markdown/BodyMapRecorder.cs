using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteBuilder.Markdown;

/// <summary>
/// Makes a <see cref="BodyMap"/> while Markdig renders a body into <paramref name="output"/>, from where each node's
/// output begins and ends. A node is passed over only when its kind is known to write tags without attributes
/// (emphasis, lists, quotes, breaks) or plain text, and it has no attributes; a paragraph when it wrote exactly
/// <c>&lt;p id="…"&gt;</c>, and a citation when its renderer told what it wrote (<see cref="CitationId"/>,
/// <see cref="CitationLink"/>). Every other node (a heading, a link, a footnote, and any kind not known here) is
/// read tag by tag, with all it contains, so nothing the rewriter would find is missed.
/// </summary>
internal sealed class BodyMapRecorder(StringBuilder output)
{
    private readonly List<BodyMap.Entry> entries = [];

    /// <summary>The node being written that is to be read whole, with all it contains; null when there is none.</summary>
    private MarkdownObject? reading;

    /// <summary>Where that node's output begins.</summary>
    private int from;

    /// <summary>Where the paragraph being written begins, and how many entries there were then.</summary>
    private (int From, int Entries) paragraph;

    /// <summary>Where the citation being written begins, how many entries there were then, and whether it can still be passed over; null outside one.</summary>
    private (int From, int Entries, bool Known)? citation;

    /// <summary>Raw HTML was met: its markup need not be balanced, so the body gets no map.</summary>
    private bool refused;

    /// <summary>How much of the body has been written.</summary>
    public int Position => output.Length;

    public void Attach(IMarkdownRenderer renderer)
    {
        renderer.ObjectWriteBefore += Before;
        renderer.ObjectWriteAfter += After;
    }

    /// <summary>The map of what was rendered, or null when the body must be read whole.</summary>
    public BodyMap? Map()
    {
        if (refused || output.Length == 0 || output[^1] != '\n')
        {
            return null;
        }

        var length = output.Length - 1; // the final line break is written after the end marker (see BodyMap.Length)
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].To > length)
            {
                entries[i] = entries[i] with { To = length };
            }
        }

        return new BodyMap(length, entries.ToArray());
    }

    /// <summary>The citation being written has this id on its element, written as it is.</summary>
    public void CitationId(string id)
    {
        if (citation is { Known: true } written)
        {
            if (IsPlain(id))
            {
                entries.Add(new BodyMap.Entry(written.From, written.From, BodyMap.Step.Id, id));
            }
            else
            {
                citation = written with { Known = false };
            }
        }
    }

    /// <summary>
    /// The citation being written has a link whose <c>href</c> value is the text from <paramref name="start"/> to
    /// <see cref="Position"/>, of the address <paramref name="url"/>; <paramref name="plainText"/> tells whether the
    /// link's text is text and tags with neither ids nor addresses (as a formatted citation's styles are).
    /// </summary>
    public void CitationLink(int start, string url, bool plainText)
    {
        if (citation is { Known: true } written)
        {
            // a site address the pass makes relative, written as it is (a reference's own): anything else is read
            var siteRoot = url.Length > 1 && url[0] == '/' && url[1] != '/' && IsPlain(url) && output.Length - start == url.Length;
            if (siteRoot && plainText)
            {
                entries.Add(new BodyMap.Entry(start, output.Length, BodyMap.Step.Href));
            }
            else
            {
                citation = written with { Known = false };
            }
        }
    }

    private void Before(IMarkdownRenderer renderer, MarkdownObject node)
    {
        if (refused || reading is not null || node is LiteralInline)
        {
            return; // a node inside one read whole, or text (most nodes are)
        }

        switch (node)
        {
            case HtmlBlock or HtmlInline:
                refused = true;
                return;
            case ParagraphBlock:
                paragraph = (output.Length, entries.Count);
                return;
            case CitationInline:
                citation = (output.Length, entries.Count, true);
                return;
        }

        if (!PassedOver(node))
        {
            reading = node;
            from = output.Length;
        }
    }

    private void After(IMarkdownRenderer renderer, MarkdownObject node)
    {
        if (refused || node is LiteralInline)
        {
            return;
        }

        if (reading is not null)
        {
            if (ReferenceEquals(node, reading))
            {
                entries.Add(new BodyMap.Entry(from, output.Length, BodyMap.Step.Read));
                reading = null;
            }

            return;
        }

        switch (node)
        {
            case ParagraphBlock written:
                Paragraph(written);
                break;
            case CitationInline when citation is { } written:
                citation = null;
                if (!written.Known)
                {
                    ReadInstead(written.From, written.Entries);
                }

                break;
        }
    }

    /// <summary>
    /// A paragraph written as <c>&lt;p id="…"&gt;</c> gives its id, before what was read inside it; one written without
    /// a tag (in a tight list) gives nothing; any other is read whole instead of what was read inside it.
    /// </summary>
    private void Paragraph(ParagraphBlock written)
    {
        var start = paragraph.From;
        Span<char> head = stackalloc char[80];
        var length = Math.Min(head.Length, output.Length - start);
        output.CopyTo(start, head, length);
        head = head[..length].TrimStart('\n');
        start += length - head.Length;
        if (!head.StartsWith("<p") || head.Length < 3 || head[2] is not (' ' or '>'))
        {
            return; // no tag: its id is not on the page
        }

        var attributes = written.TryGetAttributes();
        if (attributes is { Id: { } id, Classes: null or { Count: 0 }, Properties: null or { Count: 0 } }
            && IsPlain(id) && head.StartsWith("<p id=\"") && head[7..].StartsWith(id) && head[(7 + id.Length)..].StartsWith("\">"))
        {
            entries.Insert(paragraph.Entries, new BodyMap.Entry(start, start, BodyMap.Step.Id, id));
            return;
        }

        ReadInstead(start, paragraph.Entries);
    }

    /// <summary>Reads the node written from <paramref name="start"/> whole, instead of the entries made inside it from <paramref name="made"/> on.</summary>
    private void ReadInstead(int start, int made)
    {
        entries.RemoveRange(made, entries.Count - made);
        entries.Add(new BodyMap.Entry(start, output.Length, BodyMap.Step.Read));
    }

    /// <summary>Whether the node's own tags (not its children's) carry nothing for the rewriter.</summary>
    private static bool PassedOver(MarkdownObject node) =>
        node switch
        {
            // the commonest first: each test walks the node's base types
            EmphasisInline or CodeInline => !HasAttributes(node),
            LinkInline or AutolinkInline => false,
            LineBreakInline or HtmlEntityInline => true,
            ListBlock or ListItemBlock or QuoteBlock or ThematicBreakBlock or MarkdownDocument => !HasAttributes(node),
            ContainerInline container => container.GetType() == typeof(ContainerInline) && !HasAttributes(node),
            _ => false,
        };

    private static bool HasAttributes(MarkdownObject node) =>
        node.TryGetAttributes() is { } attributes
        && (attributes.Id is not null || attributes.Classes is { Count: > 0 } || attributes.Properties is { Count: > 0 });

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&\"<>'");

    /// <summary>Text written as it is (no character that an attribute value escapes or a reader decodes).</summary>
    private static bool IsPlain(string text) => !text.AsSpan().ContainsAny(Escaped);
}
