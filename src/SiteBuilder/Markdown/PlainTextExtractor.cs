using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteBuilder.Markdown;

/// <summary>The reader-visible text of inline Markdown, with each citation standing as one marker character.</summary>
internal static class PlainTextExtractor
{
    public const char CitationMarker = '\uFFFC';

    public static string Extract(ContainerInline? root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return text.ToString();
    }

    /// <summary>
    /// Appends the text to a caller's buffer, which may then be read without making a string of it, and adds the
    /// citations met on the way, in order, to <paramref name="citations"/> (one walk, not a second for them).
    /// </summary>
    public static void AppendTo(ContainerInline? root, StringBuilder text, List<CitationInline>? citations = null) => Append(root, text, citations);

    public static string Extract(LeafBlock block) => Extract(block.Inline);

    private static void Append(Inline? inline, StringBuilder text, List<CitationInline>? citations = null)
    {
        switch (inline)
        {
            case null:
                return;
            case CitationInline citation:
                text.Append(CitationMarker);
                citations?.Add(citation);
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text, citations);
                }

                return;
        }
    }
}
