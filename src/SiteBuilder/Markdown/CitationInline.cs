using Markdig.Syntax.Inlines;
using SiteBuilder.Citations;

namespace SiteBuilder.Markdown;

/// <summary>A citation in the Markdown tree, holding the parsed citation with the positions of its keys.</summary>
public sealed class CitationInline : LeafInline
{
    public CitationInline(Citation citation) => Citation = citation;

    public Citation Citation { get; }
}
