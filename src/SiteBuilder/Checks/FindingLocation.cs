using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// Where to report a finding about an element: its Markdown line and column when it came from Markdown, else
/// its page's source, with the templates that wrote the markup named in the message (<see cref="Blame"/>).
/// </summary>
internal static class FindingLocation
{
    public static SourceLocation Of(PageFacts page, LinkFact link) => At(page, link.MarkdownPosition);

    /// <summary>The Markdown line and column in the page's source when there is one, else the page's source.</summary>
    public static SourceLocation At(PageFacts page, (int Line, int Column)? position) =>
        position is var (line, column) ? new SourceLocation(page.Origin.Path, line, column) : page.Origin;

    /// <summary>"" for an element written from Markdown; otherwise " (in markup from templates/…)", naming the page's templates.</summary>
    public static string Blame(PageFacts page, LinkFact link) =>
        link.MarkdownPosition is null ? Templates(page) : "";

    /// <summary>" (in markup from templates/…)" for a finding that any of the page's templates may have caused.</summary>
    public static string Templates(PageFacts page) =>
        page.Templates.Count == 0 ? "" : $" (in markup from {string.Join(", ", page.Templates)})";

    /// <summary>" (the page's templates: …)" for a page-wide finding that its content or its templates may have caused.</summary>
    public static string PageTemplates(PageFacts page) =>
        page.Templates.Count == 0 ? "" : $" (the page's templates: {string.Join(", ", page.Templates)})";
}
