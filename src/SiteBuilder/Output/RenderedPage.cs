using SiteBuilder.Diagnostics;
using SiteBuilder.Templates;

namespace SiteBuilder.Output;

/// <summary>A page as the templates produced it, before post-processing.</summary>
/// <param name="Text">The page's HTML; for a site page, the text in the template renderer's buffer, read once by the rewriter.</param>
public sealed record RenderedPage(string Path, ReadOnlyMemory<char> Text, SourceLocation Origin)
{
    public RenderedPage(string path, string html, SourceLocation origin)
        : this(path, html.AsMemory(), origin)
    {
    }

    /// <summary>The HTML as a string (the same string when the page was made from one).</summary>
    public string Html => Text.ToString();

    /// <summary>The template files that wrote the page ("templates/layouts/essay.html", …), layout first.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Whether the fidelity check reads this page, so its <see cref="PageReading"/> is taken as it is written.</summary>
    public bool Read { get; init; }

    /// <summary>The map of the essay body the templates wrote between its markers, if any (see <see cref="Markdown.BodyMap"/>).</summary>
    internal Markdown.BodyMap? Body { get; init; }

    /// <summary>Where the templates wrote the pieces of their stretches, in order (see <see cref="TemplateMark"/>); null when unknown.</summary>
    internal IReadOnlyList<TemplateMark>? Template { get; init; }
}
