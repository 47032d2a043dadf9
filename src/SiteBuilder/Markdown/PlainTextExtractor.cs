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

    /// <summary>Appends the text to a caller's buffer, which may then be read without making a string of it.</summary>
    public static void AppendTo(ContainerInline? root, StringBuilder text) => Append(root, text);

    public static string Extract(LeafBlock block) => Extract(block.Inline);

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case CitationInline:
                text.Append(CitationMarker);
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
                foreach (var child in container)
                {
                    Append(child, text);
                }

                return;
        }
    }
}
