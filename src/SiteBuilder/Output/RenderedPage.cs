using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>A page as the templates produced it, before post-processing.</summary>
public sealed record RenderedPage(string Path, string Html, SourceLocation Origin)
{
    /// <summary>The template files that wrote the page ("templates/layouts/essay.html", …), layout first.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];
}
