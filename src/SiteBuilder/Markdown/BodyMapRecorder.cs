using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteBuilder.Markdown;

/// <summary>
/// Makes a <see cref="BodyMap"/> while Markdig renders a body into <paramref name="output"/>, from where each node's
/// output begins and ends. A node is passed over only when its kind is known to write tags without attributes
/// (emphasis, lists, quotes, breaks) or plain text, and it has no attributes; a paragraph only when it wrote exactly
/// <c>&lt;p id="…"&gt;</c>. Every other node (a heading, a link, a citation, a footnote, and any kind not known
/// here) is read tag by tag, with all it contains, so nothing the rewriter would find is missed.
/// </summary>
internal sealed class BodyMapRecorder(StringBuilder output)
{
    private readonly List<BodyMap.Entry> entries = [];

    /// <summary>How deep the renderer is inside the node being read whole (0: in none).</summary>
    private int depth;

    /// <summary>Where that node's output begins.</summary>
    private int from;

    /// <summary>Where the paragraph being written begins, and how many entries there were then.</summary>
    private (int From, int Entries) paragraph;

    /// <summary>Raw HTML was met: its markup need not be balanced, so the body gets no map.</summary>
    private bool refused;

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

    private void Before(IMarkdownRenderer renderer, MarkdownObject node)
    {
        if (refused)
        {
            return;
        }

        if (depth > 0)
        {
            depth++;
            return;
        }

        if (node is HtmlBlock or HtmlInline)
        {
            refused = true;
            return;
        }

        if (node is ParagraphBlock)
        {
            paragraph = (output.Length, entries.Count);
            return;
        }

        if (!PassedOver(node))
        {
            depth = 1;
            from = output.Length;
        }
    }

    private void After(IMarkdownRenderer renderer, MarkdownObject node)
    {
        if (refused)
        {
            return;
        }

        if (depth > 0)
        {
            if (--depth == 0)
            {
                entries.Add(new BodyMap.Entry(from, output.Length, null));
            }

            return;
        }

        if (node is ParagraphBlock written)
        {
            Paragraph(written);
        }
    }

    /// <summary>
    /// A paragraph written as <c>&lt;p id="…"&gt;</c> gives its id, before what was read inside it; one written without
    /// a tag (in a tight list) gives nothing; any other is read whole instead of what was read inside it.
    /// </summary>
    private void Paragraph(ParagraphBlock written)
    {
        var start = paragraph.From;
        while (start < output.Length && output[start] == '\n')
        {
            start++;
        }

        if (!StartsWith(start, "<p") || start + 2 >= output.Length || output[start + 2] is not (' ' or '>'))
        {
            return; // no tag: its id is not on the page
        }

        var attributes = written.TryGetAttributes();
        if (attributes is { Id: { } id, Classes: null or { Count: 0 }, Properties: null or { Count: 0 } } && IsPlain(id) && StartsWith(start, "<p id=\"") && StartsWith(start + 7, id) && StartsWith(start + 7 + id.Length, "\">"))
        {
            entries.Insert(paragraph.Entries, new BodyMap.Entry(start, start, id));
            return;
        }

        entries.RemoveRange(paragraph.Entries, entries.Count - paragraph.Entries);
        entries.Add(new BodyMap.Entry(start, output.Length, null));
    }

    /// <summary>Whether the node's own tags (not its children's) carry nothing for the rewriter.</summary>
    private static bool PassedOver(MarkdownObject node) =>
        node switch
        {
            LiteralInline or LineBreakInline or HtmlEntityInline => true,
            LinkInline or AutolinkInline => false,
            EmphasisInline or CodeInline or ListBlock or ListItemBlock or QuoteBlock or ThematicBreakBlock or MarkdownDocument => !HasAttributes(node),
            ContainerInline container => container.GetType() == typeof(ContainerInline) && !HasAttributes(node),
            _ => false,
        };

    private static bool HasAttributes(MarkdownObject node) =>
        node.TryGetAttributes() is { } attributes
        && (attributes.Id is not null || attributes.Classes is { Count: > 0 } || attributes.Properties is { Count: > 0 });

    /// <summary>An id written as it is (no character that an attribute value escapes or a reader decodes).</summary>
    private static bool IsPlain(string id) => !id.AsSpan().ContainsAny("&\"<>'");

    private bool StartsWith(int at, string text)
    {
        if (at + text.Length > output.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (output[at + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }
}
