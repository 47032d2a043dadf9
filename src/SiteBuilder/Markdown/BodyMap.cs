namespace SiteBuilder.Markdown;

/// <summary>
/// Where in an essay's rendered body the page's rewriter has anything to do, recorded while Markdig wrote it: the
/// ranges to read tag by tag (headings, links, footnotes: what carries an address, an id to check, a source position
/// or a heading's text), and between them the ids of the paragraphs and citations and the addresses of the
/// citations' links, taken as written. Everything else (the paragraphs' text, emphasis, lists, quotes, the
/// citations' other markup) holds nothing the rewriter changes or records, and is passed over without reading its
/// tags: most of an essay's body.
/// </summary>
/// <remarks>
/// A body with raw HTML gets no map (its markup need not be balanced); nor does one that a template writes where the
/// map cannot follow it (see <see cref="Start"/>). The page is then read whole, as every other page is.
/// </remarks>
/// <param name="Length">How long the mapped text is: the body less its final line break, which the template writes after the end marker.</param>
internal sealed record BodyMap(int Length, IReadOnlyList<BodyMap.Entry> Entries)
{
    /// <summary>
    /// Written by the templates just before a mapped body (and <see cref="End"/> just after it), and taken out by the
    /// rewriter: how it finds the body in the page. A template that writes the body twice gets both mapped; one that
    /// writes it indented (its lines change) or as a string writes no markers, and the page is read whole.
    /// </summary>
    public const string Start = "<!--\uE5B0-->";

    /// <summary>Written just after a mapped body: the rewriter reads the body whole when it is not where the map says.</summary>
    public const string End = "<!--\uE5B1-->";

    /// <summary>What the rewriter does at an entry of the map.</summary>
    public enum Step
    {
        /// <summary>Reads the range tag by tag, as it reads any page.</summary>
        Read,

        /// <summary>Takes <see cref="Entry.Id"/> as the id of an element starting at <see cref="Entry.From"/> (a paragraph, a citation).</summary>
        Id,

        /// <summary>
        /// Takes the range as the <c>href</c> value of a link that the pass would only record and make relative (a
        /// citation's link to its work's page, which carries no source position), and does that to it.
        /// </summary>
        Href,
    }

    /// <summary>One step of the map: ranges in order, never overlapping.</summary>
    public readonly record struct Entry(int From, int To, Step Does, string? Id = null);
}
