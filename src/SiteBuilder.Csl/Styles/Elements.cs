namespace SiteBuilder.Csl.Styles;

/// <summary>How an element's output looks: CSL's formatting attributes, affixes, display, quotes and case.</summary>
public sealed record Decoration
{
    public static Decoration None { get; } = new();

    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public string? FontStyle { get; init; }

    public string? FontVariant { get; init; }

    public string? FontWeight { get; init; }

    public string? TextDecoration { get; init; }

    public string? VerticalAlign { get; init; }

    public string? Display { get; init; }

    public bool Quotes { get; init; }

    /// <summary>A quotation a value wrote with single marks: inner quotes, flipped to outer ones inside inner quotes.</summary>
    public bool SingleQuotes { get; init; }

    public bool StripPeriods { get; init; }

    public string? TextCase { get; init; }

    /// <summary>
    /// The text case is for a language that cases the dotted and the dotless i apart (Turkish, Azerbaijani: i and İ,
    /// ı and I), set by the renderer from the item's language.
    /// </summary>
    public bool DottedI { get; init; }

    public bool HasFormatting => FontStyle is not null || FontVariant is not null || FontWeight is not null || TextDecoration is not null || VerticalAlign is not null;

    /// <summary>Nothing to add: no affixes, formatting, display, quotes or case.</summary>
    public bool IsPlain => Prefix is null && Suffix is null && !HasFormatting && Display is null && !Quotes && !StripPeriods && TextCase is null;
}

/// <summary>An element of a CSL layout. Each kind renders in <see cref="Rendering.Renderer"/>.</summary>
public abstract record Element(Decoration Decoration);

/// <summary><c>cs:text</c>: a variable, a macro, a term or a literal value.</summary>
public sealed record TextElement(Decoration Decoration, string? Variable, string? Macro, string? Term, string? Value, string Form, bool Plural) : Element(Decoration);

/// <summary><c>cs:number</c>.</summary>
public sealed record NumberElement(Decoration Decoration, string Variable, string Form) : Element(Decoration);

/// <summary><c>cs:label</c>: the term for a number variable (or, inside names, for a role).</summary>
public sealed record LabelElement(Decoration Decoration, string? Variable, string Form, string Plural) : Element(Decoration);

/// <summary><c>cs:date-part</c>.</summary>
public sealed record DatePartElement(Decoration Decoration, string Name, string? Form, string? RangeDelimiter) : Element(Decoration);

/// <summary><c>cs:date</c>: localized (with a form) or as the style lays out its parts.</summary>
public sealed record DateElement(Decoration Decoration, string Variable, string? Form, string DateParts, IReadOnlyList<DatePartElement> Parts, string? Delimiter) : Element(Decoration);

/// <summary><c>cs:name</c>: its attributes (inheritable ones merged at render time) and name-part decorations.</summary>
public sealed record NameElement(IReadOnlyDictionary<string, string> Attributes, Decoration Decoration, Decoration? Family, Decoration? Given);

/// <summary><c>cs:names</c>.</summary>
public sealed record NamesElement(
    Decoration Decoration,
    IReadOnlyList<string> Variables,
    NameElement? Name,
    Decoration? EtAl,
    string EtAlTerm,
    LabelElement? Label,
    bool LabelBeforeName,
    IReadOnlyList<Element>? Substitute,
    string? Delimiter,
    IReadOnlyDictionary<string, string> Attributes) : Element(Decoration);

/// <summary><c>cs:group</c>: suppressed when it calls variables and all of them are empty.</summary>
public sealed record GroupElement(Decoration Decoration, IReadOnlyList<Element> Children, string? Delimiter) : Element(Decoration);

/// <summary>One test of a <c>cs:if</c> or <c>cs:else-if</c>.</summary>
public sealed record Condition(string Match, IReadOnlyList<(string Test, string Value)> Tests);

/// <summary><c>cs:choose</c>: the first branch whose condition holds (an else branch has none).</summary>
public sealed record ChooseElement(IReadOnlyList<(Condition? When, IReadOnlyList<Element> Children)> Branches) : Element(Decoration.None);

/// <summary>A <c>cs:layout</c>, or a macro's body.</summary>
public sealed record Layout(Decoration Decoration, IReadOnlyList<Element> Children, string? Delimiter);

/// <summary>One key of <c>cs:sort</c>.</summary>
public sealed record SortKey(string? Variable, string? Macro, bool Descending, IReadOnlyDictionary<string, string> NameOverrides);

/// <summary><c>cs:citation</c> or <c>cs:bibliography</c>: its options, sort keys and layout.</summary>
public sealed record Section(IReadOnlyDictionary<string, string> Options, IReadOnlyList<SortKey> Sort, Layout Layout);
