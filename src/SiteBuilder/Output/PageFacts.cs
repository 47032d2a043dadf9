using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>
/// What the checks need to know about one built page, collected while it was written, so no page is parsed
/// back into a DOM: its ids, the URLs it refers to within the site and those that leave it over plain http, its
/// images without alt text and the outline of its headings.
/// </summary>
public sealed record PageFacts(
    string Path,
    SourceLocation Origin,
    IReadOnlyList<string> Templates,
    PageIds Ids,
    IReadOnlyList<LinkFact> Links,
    IReadOnlyList<LinkFact> ImagesWithoutAlt,
    HeadingOutline Headings)
{
    /// <summary>None: the positions of a page whose ids do not repeat, shared.</summary>
    public static readonly IReadOnlyDictionary<string, (int Line, int Column)> NoPositions = new Dictionary<string, (int, int)>();

    /// <summary>Where in Markdown a repeated id was first written, for each that was (a heading's); the others come from templates.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> DuplicateIdPositions { get; init; } = NoPositions;

    /// <summary>Whether an element of the page has the id.</summary>
    public bool HasId(string id) => Ids.Contains(id);

    /// <summary>Whether two pages have the same ids.</summary>
    public bool SameIds(PageFacts other) => Ids.SameAs(other.Ids);

    // Worked out when first asked for (the preview's link memo and one check ask; a build of many pages mostly does not).
    private IReadOnlyList<string>? targets;
    private IReadOnlyList<string>? anchorTargets;
    private IReadOnlyList<LinkFact>? insecureLinks;

    /// <summary>The distinct site paths the page links to (not itself, not outside the site).</summary>
    public IReadOnlyList<string> Targets => targets ??=
        Links.Where(l => !l.External && l.Target.Length > 0).Select(l => l.Target).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The distinct site paths the page links to with a #fragment, whose ids the links depend on.</summary>
    public IReadOnlyList<string> AnchorTargets => anchorTargets ??=
        Links.Where(l => !l.External && l.Target.Length > 0 && l.Fragment.Length > 0).Select(l => l.Target).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The links that leave the site over plain http.</summary>
    public IReadOnlyList<LinkFact> InsecureLinks => insecureLinks ??= Links.Where(l => IsInsecure(l.Element, l.Url)).ToList();

    /// <summary>Whether a link on such an element leaves the site over plain http (the only outside links the facts keep).</summary>
    public static bool IsInsecure(string element, string url) =>
        element is "a" or "link" or "img" or "script" && url.StartsWith("http:", StringComparison.Ordinal);

    /// <summary>Each id used more than once, with its count, in order of first use.</summary>
    public IReadOnlyList<(string Id, int Count)> DuplicateIds => Ids.Duplicates;
}
