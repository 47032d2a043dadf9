using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>
/// What the checks need to know about one built page, collected while it was written, so no page is parsed
/// back into a DOM: its ids, the URLs it refers to, its images without alt text and its headings.
/// </summary>
public sealed record PageFacts(
    string Path,
    SourceLocation Origin,
    IReadOnlyList<string> Templates,
    IReadOnlyList<string> Ids,
    IReadOnlyList<LinkFact> Links,
    IReadOnlyList<LinkFact> ImagesWithoutAlt,
    IReadOnlyList<HeadingFact> Headings);
