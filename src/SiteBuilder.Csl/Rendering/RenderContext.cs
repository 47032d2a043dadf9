using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Locales;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>Where a cite stands among the document's cites, for CSL's position conditions.</summary>
public enum CitePosition
{
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}

/// <summary>One cite of an item: its locator and label, affixes, and its position in the document.</summary>
public sealed record Cite(string Id)
{
    public string? Locator { get; init; }

    public string? Label { get; init; }

    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public bool SuppressAuthor { get; init; }

    /// <summary>The cite's names stand in running text (a narrative citation): an <c>and="symbol"</c> is written out.</summary>
    public bool AuthorOnly { get; init; }

    /// <summary>In a collapsed group: the date shows only its year suffix ("Smith 2000a, b").</summary>
    public bool YearSuffixOnly { get; init; }

    public CitePosition Position { get; init; } = CitePosition.First;

    public bool NearNote { get; init; }

    public int? FirstNoteNumber { get; init; }

    public int? NoteNumber { get; init; }

    /// <summary>Whether the cite is its item's alone: a first cite with no locator, affixes, note or suppression (equal to <c>new Cite(Id)</c>, without making one).</summary>
    internal bool IsBare =>
        Locator is null && Label is null && Prefix is null && Suffix is null && !SuppressAuthor && !AuthorOnly && !YearSuffixOnly
        && Position == CitePosition.First && !NearNote && FirstNoteNumber is null && NoteNumber is null;
}

/// <summary>
/// How far disambiguation has gone for one item: extra names, given names for each name position (0 as the
/// style says, 1 initials, 2 in full), a year suffix, and whether the style's disambiguate condition holds.
/// </summary>
public sealed record Disambiguation(int? NamesShown = null, IReadOnlyList<int>? GivenLevels = null, string? YearSuffix = null, bool Condition = false)
{
    /// <summary>No disambiguation: the state of every cite before any is needed.</summary>
    public static Disambiguation None { get; } = new();

    /// <summary>How many of the style's disambiguate conditions hold, in the order a render meets them (citeproc turns them on one by one); all when <see cref="Condition"/> is set without a level.</summary>
    public int? ConditionLevel { get; init; }

    /// <summary>Whether the disambiguate condition holds for the item's later (subsequent, ibid) cites, whose short forms may collide where the first do not.</summary>
    public bool SubsequentCondition { get; init; }

    public int GivenLevel(int position) => GivenLevels is { } levels && position < levels.Count ? levels[position] : 0;
}

/// <summary>Everything an element needs to render for one item: style, locale, section, item, cite and the state of this render.</summary>
public sealed class RenderContext(CslStyle style, CslLocale locale, Section section, CslItem item)
{
    public CslStyle Style => style;

    public CslLocale Locale => locale;

    public Section Section => section;

    public CslItem Item => item;

    public Cite? Cite { get; init; }

    public int? CitationNumber { get; init; }

    public Disambiguation Disambiguation { get; init; } = Disambiguation.None;

    /// <summary>Given-name levels the whole document needs for some persons (the all-names and primary-name rules), by person.</summary>
    public IReadOnlyDictionary<(string Family, string Given), int> NameLevels { get; init; } = NoNameLevels;

    /// <summary>No levels: what a bibliography entry or sort key renders with (one empty, read-only map for all).</summary>
    internal static readonly IReadOnlyDictionary<(string Family, string Given), int> NoNameLevels = new System.Collections.ObjectModel.ReadOnlyDictionary<(string, string), int>(new Dictionary<(string, string), int>());

    /// <summary>A title without its short form is short without its subtitle (see <see cref="Processing.CslProcessor.ShortTitlesWithoutSubtitle"/>).</summary>
    public bool ShortTitlesWithoutSubtitle { get; init; }

    /// <summary>Rendering a sort key: names in sort order, all of them, no et al.</summary>
    public bool ForSort { get; init; }

    /// <summary>Whether the implicit year suffix has been written after a date of this render (it is written once).</summary>
    public bool YearSuffixWritten { get; set; }

    /// <summary>The cite's first names are left out (suppress-author, or a collapsed group's later cites); cleared once used.</summary>
    public bool SuppressNames { get; set; }

    /// <summary>How many disambiguate conditions this render has tested so far.</summary>
    public int DisambiguateTests { get; set; }

    /// <summary>How deep rendering is inside substitutes: a variable rendered there is suppressed for the rest of the cite at once.</summary>
    public int SubstituteDepth { get; set; }

    private HashSet<string>? suppressed;

    /// <summary>Macro outputs shared with the style's other renders, for a render whose state lets it use them (see <see cref="MacroCache"/>); null when none is.</summary>
    public MacroCache? Macros { get; init; }

    /// <summary>
    /// Nothing has touched the render's state yet that a cached macro's output would not know: no substitute, no
    /// year suffix written, no variable used up. (Names to suppress are part of a cached macro's key.)
    /// </summary>
    internal bool IsClean => !YearSuffixWritten && SubstituteDepth == 0 && suppressed is not { Count: > 0 };

    /// <summary>The variables substitutes have used up so far.</summary>
    internal IReadOnlyList<string> SuppressedVariables => suppressed is null ? [] : suppressed.Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether a names element's substitute used the variable, so later elements must not repeat it.</summary>
    public bool IsSuppressed(string variable) => suppressed?.Contains(variable) == true;

    public void Suppress(string variable) => (suppressed ??= new HashSet<string>(StringComparer.Ordinal)).Add(variable);

    /// <summary>Counters of variables called and variables that had a value, for group suppression.</summary>
    public int Called { get; set; }

    public int Rendered { get; set; }

    /// <summary>An inheritable option: on the element, else the section, else the style.</summary>
    public string? Option(IReadOnlyDictionary<string, string>? own, string name) =>
        own?.GetValueOrDefault(name) ?? section.Options.GetValueOrDefault(name) ?? style.Options.GetValueOrDefault(name);
}
