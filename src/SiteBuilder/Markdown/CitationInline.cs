using Markdig.Syntax.Inlines;
using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>A citation in the Markdown tree, holding the parsed citation with the positions of its keys.</summary>
public sealed class CitationInline : LeafInline
{
    public CitationInline(Citation citation) => Citation = citation;

    public Citation Citation { get; }

    /// <summary>The citation's anchor on its page ("cite-3", in the order the text cites), set when the document is parsed.</summary>
    public string? Anchor { get; set; }

    /// <summary>The citation is a note of its own (a note style): it ends as a sentence does, with a period if it has none.</summary>
    public bool EndsNote { get; set; }
}
