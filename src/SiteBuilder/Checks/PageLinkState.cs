using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// What the link findings of one page depend on: its facts, and for each page or file it links to, that target's
/// facts (its ids) or whether it exists. While all of these are the same objects, the findings are the same,
/// so the preview reuses them instead of checking every link of every page again.
/// </summary>
internal sealed class PageLinkState(PageFacts page, object[] targets)
{
    private PageFacts Page => page;

    private object[] Targets => targets;

    private static readonly object Present = new();
    private static readonly object Absent = new();

    public static PageLinkState Of(BuiltSite site, PageFacts page)
    {
        var targets = page.Targets;
        var state = new object[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            state[i] = (object?)site.FindPage(targets[i]) ?? (site.Paths.Contains(targets[i]) ? Present : Absent);
        }

        return new PageLinkState(page, state);
    }

    public bool SameAs(PageLinkState other) =>
        ReferenceEquals(page, other.Page) && targets.AsSpan().SequenceEqual(other.Targets, ReferenceEqualityComparer.Instance);
}
