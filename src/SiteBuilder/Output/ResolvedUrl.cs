namespace SiteBuilder.Output;

/// <summary>A link's address as written, the site path it leads to, and its fragment.</summary>
internal sealed class ResolvedUrl(string url, string target, string fragment)
{
    /// <summary>The fact of a template's link with this address, made for the first element that had it.</summary>
    private LinkFact? fact;

    public string Url { get; } = url;

    public string Target { get; } = target;

    public string Fragment { get; } = fragment;

    /// <summary>
    /// The fact of a link the templates wrote with this address, one for all the pages that share this resolution:
    /// navigation and assets recur on every page, and a large site would otherwise keep a fact per page for each.
    /// </summary>
    public LinkFact TemplateFact(string element)
    {
        var known = Volatile.Read(ref fact);
        if (known is not null && known.Element == element)
        {
            return known;
        }

        var made = new LinkFact(element, Url, null) { Target = Target, Fragment = Fragment };
        Interlocked.CompareExchange(ref fact, made, null); // two threads may both make one: either is the same fact
        return made;
    }
}
