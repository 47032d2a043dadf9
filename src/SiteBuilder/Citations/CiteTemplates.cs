using System.Collections.Concurrent;
using System.Globalization;
using SiteBuilder.Csl.Data;

namespace SiteBuilder.Citations;

/// <summary>
/// Citations of one work that read alike but for their page, written once each: "(Brooks, 1990, p. 45)" and
/// "(Brooks, 1990, p. 46)" differ in the page alone, so the second is the first with its page put in. A template
/// is kept for each work, locator label, shape of locator (none; one page such as "45"; a range such as
/// "231-242"), prefix, suppressed author, narrative form ("Brooks (1990, p. 45)") and given names shown; a
/// citation with one cite of such a shape, and no suffix, is written from it without the engine.
/// </summary>
/// <remarks>
/// <para>
/// A style can ask nothing of a locator that differs within a shape: every one is numeric, a page is singular
/// and a range plural, and none has punctuation of its own to meet the text around it. What a style does with
/// the digits themselves (ordinals, roman numerals, a shortened range) is found out when the template is made:
/// it is written twice, from two locators of the shape, and kept only if the two citations differ where the
/// locator stands and there by the locators as they were written (a range with its hyphen as an en dash, or as
/// it was). Otherwise the work's citations of that shape go through the engine, as before.
/// </para>
/// <para>
/// Only a work whose cites the document does not make its own (no year suffix or added names) is written from a
/// template, kept for the way the document reads it (<see cref="Csl.Processing.CslProcessor.Reading"/>: as anywhere,
/// or with the given names other authors of the document call for), so one made in any document serves every other
/// that reads the work alike. Thread-safe; works are told apart by identity, as the style's other caches tell them.
/// </para>
/// </remarks>
internal sealed class CiteTemplates
{
    // two locators of each shape with no digit alike at either end, so that where they differ in a citation is where
    // the locator stands; numbers a style may turn into roman numerals or ordinals, whose endings differ ("31st",
    // "62nd"); ranges whose ends share their leading digits, as a style's shortened ranges would show ("321–28")
    private static readonly string[] PageProbes = ["31", "62"];
    private static readonly string[] RangeProbes = ["321-328", "652-659"];

    private readonly ConcurrentDictionary<Key, Template?> templates = new();

    /// <summary>How many templates were made that serve, for locators of one shape (with one label, if given).</summary>
    internal int Made(Shape shape, string? label = null) => templates.Count(t => t.Key.Shape == shape && (label is null || t.Key.Label == label) && t.Value is not null);

    /// <summary>The shapes of locator a template is made for.</summary>
    internal enum Shape
    {
        None,
        Page,
        Range,
    }

    /// <summary>
    /// The citation of this one cite written from its template, made by <paramref name="write"/> the first time
    /// (from <paramref name="state"/> and a locator); null when its locator has no shape a template serves, or
    /// the style writes that shape's digits some other way.
    /// </summary>
    public FormattedCitation? Written<TState>(CslItem item, string reading, CitationItem cite, bool narrative, TState state, Func<TState, string?, FormattedCitation> write)
    {
        if (cite.Suffix is not null || ShapeOf(cite.Locator?.Value) is not { } shape)
        {
            return null;
        }

        var key = new Key(item, reading, cite.Locator?.Label, shape, cite.Prefix, cite.SuppressAuthor, narrative);
        if (!templates.TryGetValue(key, out var template))
        {
            template = templates.GetOrAdd(key, Make(shape, state, write));
        }

        return template?.With(cite.Locator?.Value);
    }

    /// <summary>The shape of a locator's value: none, a page ("45"), a rising range of pages ("231-242"), or another (null).</summary>
    internal static Shape? ShapeOf(string? locator)
    {
        if (locator is null)
        {
            return Shape.None;
        }

        if (Number(locator) is not null)
        {
            return Shape.Page;
        }

        var dash = locator.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Number(locator.AsSpan(0, dash)) is { } first && Number(locator.AsSpan(dash + 1)) is { } last && first < last ? Shape.Range : null;
    }

    /// <summary>A number written plainly: one to nine digits, without a leading zero; null for any other text.</summary>
    private static int? Number(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 9 || text[0] == '0')
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static Template? Make<TState>(Shape shape, TState state, Func<TState, string?, FormattedCitation> write)
    {
        if (shape == Shape.None)
        {
            return new Template(write(state, null));
        }

        var probes = shape == Shape.Page ? PageProbes : RangeProbes;
        var first = write(state, probes[0]);
        var second = write(state, probes[1]);
        foreach (var dash in shape == Shape.Page ? [null] : new string?[] { "–", "-" })
        {
            if (Template.Of(first, second, probes, dash) is { } template)
            {
                return template;
            }
        }

        return null;
    }

    /// <summary>A work, told apart by identity, and the rest of what decides how a citation of it reads.</summary>
    /// <param name="Reading">How the work's cites read in the document (<see cref="Csl.Processing.CslProcessor.Reading"/>): "" as anywhere, or the given names its names show.</param>
    private readonly record struct Key(CslItem Item, string Reading, string? Label, Shape Shape, string? Prefix, bool SuppressAuthor, bool Narrative)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Item, other.Item) && Shape == other.Shape && SuppressAuthor == other.SuppressAuthor && Narrative == other.Narrative
            && string.Equals(Reading, other.Reading, StringComparison.Ordinal) && string.Equals(Label, other.Label, StringComparison.Ordinal)
            && string.Equals(Prefix, other.Prefix, StringComparison.Ordinal);

        public override int GetHashCode() =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Item), Reading, Label, Shape, Prefix, SuppressAuthor, Narrative);
    }

    /// <summary>
    /// A citation as pieces, its cite's text and HTML split where the locator goes (or whole, for a cite without one).
    /// </summary>
    private sealed class Template
    {
        private readonly FormattedCitation whole;
        private readonly int cite;
        private readonly (string Before, string After) text;
        private readonly (string Before, string After) html;
        private readonly string? dash;

        public Template(FormattedCitation whole)
        {
            this.whole = whole;
            cite = -1;
            text = html = ("", "");
        }

        private Template(FormattedCitation whole, int cite, (string, string) text, (string, string) html, string? dash)
        {
            this.whole = whole;
            this.cite = cite;
            this.text = text;
            this.html = html;
            this.dash = dash;
        }

        /// <summary>
        /// The template the two citations make, written from <paramref name="probes"/> (a range's hyphen written as
        /// <paramref name="dash"/>): null unless they are the same pieces but for one cite, whose text and HTML each
        /// differ only where the locator stands, and there by the locator as it was written.
        /// </summary>
        public static Template? Of(FormattedCitation first, FormattedCitation second, string[] probes, string? dash)
        {
            if (first.Pieces.Count != second.Pieces.Count || first.NamesInText is not null || second.NamesInText is not null)
            {
                return null;
            }

            var cite = -1;
            for (var i = 0; i < first.Pieces.Count; i++)
            {
                var (a, b) = (first.Pieces[i], second.Pieces[i]);
                if (!string.Equals(a.Key, b.Key, StringComparison.Ordinal) || (a.Key is not null && cite >= 0))
                {
                    return null; // not the same pieces, or a second cite
                }

                if (a.Key is not null)
                {
                    cite = i;
                }
                else if (!string.Equals(a.Text, b.Text, StringComparison.Ordinal) || !string.Equals(a.Rich?.ToHtml(), b.Rich?.ToHtml(), StringComparison.Ordinal))
                {
                    return null; // text between cites that changes with the locator
                }
            }

            if (cite < 0 || first.Pieces[cite].Rich is not { } firstRich || second.Pieces[cite].Rich is not { } secondRich
                || !string.Equals(firstRich.ToPlainText(), first.Pieces[cite].Text, StringComparison.Ordinal))
            {
                return null;
            }

            var (one, other) = (Written(probes[0], dash), Written(probes[1], dash));
            return Around(first.Pieces[cite].Text, second.Pieces[cite].Text, one, other) is { } text
                && Around(firstRich.ToHtml(), secondRich.ToHtml(), one, other) is { } html
                    ? new Template(first, cite, text, html, dash)
                    : null;
        }

        /// <summary>
        /// What two texts share before and after the place they differ, when they differ there by <paramref name="one"/>
        /// and <paramref name="other"/> alone (which differ at both ends); null otherwise.
        /// </summary>
        internal static (string Before, string After)? Around(string first, string second, string one, string other)
        {
            var before = first.AsSpan().CommonPrefixLength(second);
            var after = 0;
            while (after < first.Length - before && after < second.Length - before && first[first.Length - 1 - after] == second[second.Length - 1 - after])
            {
                after++;
            }

            return first.AsSpan(before, first.Length - before - after).SequenceEqual(one) && second.AsSpan(before, second.Length - before - after).SequenceEqual(other)
                ? (first[..before], first[(first.Length - after)..])
                : null;
        }

        /// <summary>The locator as the style writes it: a range's hyphen as <paramref name="dash"/>.</summary>
        private static string Written(string locator, string? dash) => dash is null || dash == "-" ? locator : locator.Replace("-", dash, StringComparison.Ordinal);

        public FormattedCitation With(string? locator)
        {
            if (cite < 0)
            {
                return whole;
            }

            var written = Written(locator!, dash);
            var plain = string.Concat(text.Before, written, text.After);
            var markup = text.Before == html.Before && text.After == html.After ? plain : string.Concat(html.Before, written, html.After);
            var pieces = new CitationPiece[whole.Pieces.Count];
            for (var i = 0; i < pieces.Length; i++)
            {
                pieces[i] = whole.Pieces[i];
            }

            pieces[cite] = new CitationPiece(whole.Pieces[cite].Key, plain) { Rich = FormattedText.FromHtml(markup, plain) };
            return new FormattedCitation(pieces);
        }
    }
}
