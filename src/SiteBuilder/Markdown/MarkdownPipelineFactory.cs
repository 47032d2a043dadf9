using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteBuilder.Markdown;

/// <summary>Builds the one Markdig pipeline a build uses: CommonMark plus a few extensions and our citations.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseFootnotes()
            .UseFigures();
        builder.Extensions.AddIfNotAlready<CitationExtension>();
        return builder.Build();
    }
}
