using System.Globalization;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// Interprets a layout for one item: each element of CSL 1.0.2 in turn, with groups suppressed when every variable
/// they call is empty, names substituted, choose branches tested, and the cite's parts tagged in the output.
/// </summary>
public sealed class Renderer(RenderContext context)
{
    private List<string>? macrosInUse; // the macros rendering now, innermost last (made when a first macro renders)
    private ConditionTester? conditions;
    private List<NamesElement>? substituting; // the names elements whose substitutes are rendering
    private MacroCache.ItemOutputs? itemOutputs; // the item's shared macro outputs, looked up at the first cached macro

    // the outputs of the elements rendering now, innermost last: a group's or macro's children are made here and
    // become an array of their own only when they print (most groups of a long layout print nothing for an item)
    private readonly List<Output> pending = new(8);

    /// <summary>A layout's children for one item, one after another (the layout's delimiter goes between cites, not here).</summary>
    public Output Layout(Layout layout, bool withAffixes = true) =>
        new GroupOutput(Elements(layout.Children), withAffixes ? layout.Decoration : layout.Decoration with { Prefix = null, Suffix = null });

    /// <summary>A layout's children for one item, without the layout's decoration (a cite's, which the citation around it carries).</summary>
    public Output Undecorated(Layout layout) => new GroupOutput(Elements(layout.Children), Decoration.None);

    /// <summary>The outputs of a list of elements, in an array of their own.</summary>
    private Output[] Elements(IReadOnlyList<Element> elements)
    {
        var start = pending.Count;
        Add(elements);
        return Take(start);
    }

    /// <summary>
    /// Renders elements onto the pending outputs; a choose contributes its branch's elements one by one, so the
    /// delimiter of the group around it goes between them.
    /// </summary>
    private void Add(IReadOnlyList<Element> elements)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element is ChooseElement choose)
            {
                AddBranch(choose);
            }
            else
            {
                pending.Add(Element(element));
            }
        }
    }

    /// <summary>Whether every output pending since <paramref name="start"/> is empty (none is).</summary>
    private bool PendingEmpty(int start)
    {
        for (var i = start; i < pending.Count; i++)
        {
            if (!pending[i].IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The outputs pending since <paramref name="start"/>, taken off the pending list into an array of their own.</summary>
    private Output[] Take(int start)
    {
        var count = pending.Count - start;
        if (count == 0)
        {
            return [];
        }

        var taken = new Output[count];
        pending.CopyTo(start, taken, 0, count);
        pending.RemoveRange(start, count);
        return taken;
    }

    /// <summary>Drops the outputs pending since <paramref name="start"/>.</summary>
    private void Drop(int start) => pending.RemoveRange(start, pending.Count - start);

    private Output Element(Element element) => element switch
    {
        TextElement t => Text(t),
        NumberElement n => Number(n),
        LabelElement l => Label(l, l.Variable ?? "locator", null),
        DateElement d => Date(d),
        // a names element with no children of its own, anywhere inside a substitute, takes them from the names it stands in for
        NamesElement n => Names(n, n.Name is null && n.EtAl is null && substituting is { Count: > 0 } ? substituting[^1] : null),
        GroupElement g => Group(g),
        ChooseElement c => Choose(c),
        _ => TextOutput.Empty,
    };

    private Output Decorate(Output inner, Decoration decoration, string? part = null)
    {
        if (inner.IsEmpty)
        {
            return TextOutput.Empty;
        }

        // an element with nothing to add needs no node of its own: its text, tagged with its part if it has one
        if (decoration.IsPlain && (part is null || inner is TextOutput { Part: null }))
        {
            return part is null ? inner : inner with { Part = part };
        }

        return new GroupOutput([inner], ForLanguage(decoration)) { Part = part };
    }

    /// <summary>
    /// Title case is English: for an item in another language, text-case="title" leaves the text as it is. Turkish and
    /// Azerbaijani case the dotted and the dotless i apart.
    /// </summary>
    private Decoration ForLanguage(Decoration decoration)
    {
        if (decoration.TextCase is null)
        {
            return decoration;
        }

        var language = context.Item["language"] ?? context.Locale.Language;
        return decoration.TextCase == "title" && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? decoration with { TextCase = null }
            : CasesDottedIApart(language) ? decoration with { DottedI = true }
            : decoration;
    }

    private static bool CasesDottedIApart(string language) =>
        language.Length >= 2 && (language.StartsWith("tr", StringComparison.OrdinalIgnoreCase) || language.StartsWith("az", StringComparison.OrdinalIgnoreCase))
        && (language.Length == 2 || language[2] is '-' or '_');

    /// <summary>A macro's children, and whether they printed; to the groups around it, a macro counts as one variable.</summary>
    private (Output[] Children, bool Printed) Macro(Layout body)
    {
        // a macro is suppressed like a group: terms alone do not show when every variable it calls is empty
        var (called, rendered) = (context.Called, context.Rendered);
        var start = pending.Count;
        Add(body.Children);
        var suppressed = context.Called > called && context.Rendered == rendered;

        // to the groups around it, a macro counts as one variable: rendered when it printed something
        var printed = !suppressed && !PendingEmpty(start);
        context.Called = called + (context.Called > called || printed ? 1 : 0);
        context.Rendered = rendered + (printed ? 1 : 0);
        if (!printed)
        {
            Drop(start); // what does not print is not shown: its outputs need no array
            return ([], false);
        }

        return (Take(start), true);
    }

    /// <summary>A macro's children from the shared cache (rendered into it the first time), with what rendering it does to this render's state.</summary>
    private (Output[] Children, bool Printed) Cached(MacroCache cache, Layout body)
    {
        var cite = context.Cite;
        var suppressing = context.SuppressNames;
        var key = new MacroCache.Key(context.Section, body, cite?.Position ?? CitePosition.First, cite?.NearNote == true, cite?.AuthorOnly == true, cite?.YearSuffixOnly == true, suppressing);
        var outputs = itemOutputs ??= cache.For(context.Item); // a render is of one item
        if (!outputs.TryGet(key, out var known))
        {
            var (called, rendered, tests) = (context.Called, context.Rendered, context.DisambiguateTests);
            var (children, printed) = Macro(body);
            known = new MacroCache.Rendered(children, printed, context.Called - called, context.Rendered - rendered, context.DisambiguateTests - tests, context.YearSuffixWritten, context.SuppressedVariables)
            {
                LeftOutNames = suppressing && !context.SuppressNames,
            };
            outputs.Add(key, known);
            return (children, printed);
        }

        if (known.LeftOutNames)
        {
            context.SuppressNames = false; // the macro held the cite's first names, and left them out
        }

        context.Called += known.Called;
        context.Rendered += known.RenderedCount;
        context.DisambiguateTests += known.Tests;
        context.YearSuffixWritten |= known.YearSuffixWritten;
        for (var i = 0; i < known.Suppressed.Count; i++)
        {
            context.Suppress(known.Suppressed[i]);
        }

        return (known.Children, known.Printed);
    }

    private Output Text(TextElement t)
    {
        if (t.Macro is { } macro)
        {
            macrosInUse ??= new List<string>(4);
            if (!context.Style.Macros.TryGetValue(macro, out var body) || macrosInUse.Contains(macro))
            {
                return TextOutput.Empty; // unknown macro, or a macro that calls itself
            }

            macrosInUse.Add(macro);
            var (children, printed) = context.Macros is { } cache && macrosInUse.Count == 1 && substituting is not { Count: > 0 } && context.IsClean && cache.IsCiteFree(context.Style, body)
                ? Cached(cache, body)
                : Macro(body);
            macrosInUse.RemoveAt(macrosInUse.Count - 1);
            return printed ? new GroupOutput(children, ForLanguage(t.Decoration), body.Delimiter) : TextOutput.Empty;
        }

        if (t.Term is { } term)
        {
            return Decorate(new TextOutput(context.Locale.Text(term, t.Form, t.Plural)) { Part = "term" }, t.Decoration);
        }

        if (t.Value is { } value)
        {
            return Decorate(RichTextOutput.Parse(value), t.Decoration);
        }

        if (t.Variable is not { } variable)
        {
            return TextOutput.Empty;
        }

        var text = Variable(variable, t.Form);
        var counts = variable != "year-suffix"; // the year suffix never decides whether a group shows
        context.Called += counts ? 1 : 0;
        if (text is null)
        {
            return TextOutput.Empty;
        }

        context.Rendered += counts ? 1 : 0;
        Substituted(variable);
        if (variable is "page" or "locator" && (variable == "page" || context.Cite?.Label is null or "page"))
        {
            text = NumberFormatter.PageRange(text, context.Style.Options.GetValueOrDefault("page-range-format"), context.Locale);
        }
        else if (variable == "locator" && NumberFormatter.IsNumeric(text))
        {
            text = NumberFormatter.PageRange(text, null, context.Locale); // "chaps. 200–201"
        }
        else if (variable is "volume" or "issue" or "edition" or "chapter-number" or "collection-number" or "number-of-volumes")
        {
            text = NumberFormatter.RangeAsText(text); // "n. 3–4"
        }

        if (variable is "page" or "locator")
        {
            text = NumberFormatter.Ampersands(text, context.Locale);
        }

        Output content = variable is "URL" or "DOI" or "ISBN" or "ISSN" or "PMID" or "PMCID" ? new TextOutput(text) : RichTextOutput.Parse(NumberFormatter.Unescape(Guillemets(text)));
        return Decorate(content, t.Decoration, PartName(variable));
    }

    /// <summary>The space inside guillemets becomes a narrow no-break space, which keeps "« Anonymous »" on one line, as the reference processors write it.</summary>
    private static string Guillemets(string text) =>
        text.AsSpan().IndexOfAny('«', '»') < 0 ? text : text.Replace("« ", "«\u202F", StringComparison.Ordinal).Replace(" »", "\u202F»", StringComparison.Ordinal);

    private static string? PartName(string variable) => variable switch
    {
        "locator" => "locator",
        "title" or "title-short" => "title",
        "citation-number" => "citation-number",
        "year-suffix" => "year-suffix",
        _ => null,
    };

    /// <summary>A text or number variable, with the short form's fallback and the values the cite and the processor supply.</summary>
    public string? Variable(string variable, string form = "long")
    {
        if (context.IsSuppressed(variable))
        {
            return null;
        }

        var item = context.Item;
        string? value = variable switch
        {
            "locator" => context.Cite?.Locator?.Trim(),
            "citation-number" => context.CitationNumber?.ToString(CultureInfo.InvariantCulture),
            "year-suffix" => context.Disambiguation.YearSuffix,
            // the note of an item's first cite, for the cites after it (a first cite refers back to no note)
            "first-reference-note-number" => context.Cite is { Position: not CitePosition.First } later ? later.FirstNoteNumber?.ToString(CultureInfo.InvariantCulture) : null,
            "page-first" => item["page-first"] ?? (item["page"] is { } page ? page.Split(['-', '–', ',', '&'])[0].Trim() : null),
            "citation-label" => item["citation-label"] is { } label ? label + (UsesYearSuffixVariable() ? "" : context.Disambiguation.YearSuffix) : CitationLabel(),
            _ => null,
        };
        if (value is not null)
        {
            return value.Length == 0 ? null : value;
        }

        if (form == "short")
        {
            var shortName = variable + "-short";
            if (item[shortName] is { } shortValue && !context.IsSuppressed(shortName))
            {
                return shortValue;
            }

            // where the caller asks for it (SiteBuilder's sites do), a title with a subtitle is short without it
            // ("Attached: The new science…" as "Attached"); the reference processors fall back to the whole title
            if (context.ShortTitlesWithoutSubtitle && variable == "title" && item[variable] is { } title && title.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
            {
                return title[..colon];
            }
        }

        return item[variable];
    }

    /// <summary>
    /// A generated label by CSL's default trigraph: four letters of one author ("Aalt02"), two each of two ("BrCh98"),
    /// then one letter each of up to four, and the year's last two digits; the year suffix follows when one was given.
    /// </summary>
    private string? CitationLabel()
    {
        var names = context.Item.NamesOf("author") is { Count: > 0 } authors ? authors : context.Item.NamesOf("editor");
        var year = context.Item.DateOf("issued")?.Year;
        if (names.Count == 0 || year is null)
        {
            return null;
        }

        var families = names.Select(n => n.IsLiteral ? n.Literal! : n.Family ?? "").ToList();
        string Take(string family, int letters) => family[..Math.Min(letters, family.Length)];
        var letters = families.Count switch
        {
            1 => Take(families[0], 4),
            2 => Take(families[0], 2) + Take(families[1], 2),
            3 => Take(families[0], 2) + Take(families[1], 1) + Take(families[2], 1),
            _ => string.Concat(families.Take(4).Select(f => Take(f, 1))),
        };
        return letters + (year.Value % 100).ToString("00", CultureInfo.InvariantCulture) + (UsesYearSuffixVariable() ? "" : context.Disambiguation.YearSuffix);
    }

    private Output Number(NumberElement n)
    {
        var text = Variable(n.Variable);
        context.Called++;
        if (text is null)
        {
            return TextOutput.Empty;
        }

        context.Rendered++;
        Substituted(n.Variable);
        // an ordinal agrees with the noun it numbers: the variable's term, or the locator's label
        var gender = n.Form is "ordinal" or "long-ordinal" ? context.Locale.GenderOf(n.Variable == "locator" ? context.Cite?.Label ?? "page" : n.Variable) : null;
        var formatted = NumberFormatter.IsNumeric(text) ? NumberFormatter.Format(text, n.Form, context.Locale, gender) : NumberFormatter.Unescape(text);
        if (n.Variable == "page" && NumberFormatter.IsNumeric(text))
        {
            formatted = NumberFormatter.PageRange(formatted, context.Style.Options.GetValueOrDefault("page-range-format"), context.Locale);
        }

        return Decorate(new TextOutput(formatted), n.Decoration, n.Variable == "locator" ? "locator" : null);
    }

    /// <summary>The term for a number variable (or a role, inside names), singular or plural by its value.</summary>
    private Output Label(LabelElement l, string variable, int? count)
    {
        string term;
        bool plural;
        if (count is not null)
        {
            term = variable;
            plural = count > 1;
        }
        else
        {
            var value = Variable(variable);
            if (value is null || (variable == "locator" && BeginsWithItsOwnLabel(value)))
            {
                return TextOutput.Empty; // a locator that begins with a label of its own ("vol. 1, fol. 186") takes no other
            }

            term = variable == "locator" ? (context.Cite?.Label ?? "page") : variable;
            // CSL 1.0.2 names it "sub-verbo"; older locales and data write "sub verbo"
            term = term.Replace(' ', '-');
            if (term == "sub-verbo" && context.Locale.Find(term, l.Form) is null)
            {
                term = "sub verbo";
            }
            plural = variable is "number-of-pages" or "number-of-volumes"
                ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1
                : NumberFormatter.IsPlural(value, context.Locale.Text("and"));
        }

        plural = l.Plural switch { "always" => true, "never" => false, _ => plural };
        var text = context.Locale.Text(term, l.Form, plural);
        return Decorate(new TextOutput(text), l.Decoration, term == "locator" || l.Variable == "locator" ? "locator-label" : "label");
    }

    /// <summary>The locator types of CSL 1.0.2, whose terms label a locator.</summary>
    private static readonly string[] LocatorTerms =
    [
        "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation", "equation", "figure", "folio",
        "issue", "line", "note", "opus", "page", "paragraph", "part", "rule", "scene", "section", "sub-verbo", "supplement",
        "table", "timestamp", "title-locator", "verse", "volume",
    ];

    /// <summary>Whether a locator begins with a locator term's short form, singular or plural, before a space or a number ("vol. 1", "pp.12").</summary>
    private bool BeginsWithItsOwnLabel(string locator)
    {
        if (locator.Length == 0 || !char.IsLetter(locator[0]))
        {
            return false; // most locators ("12", "3-8") begin with a number
        }

        foreach (var name in LocatorTerms)
        {
            if (context.Locale.Find(name, "short") is not { } term)
            {
                continue;
            }

            foreach (var label in (ReadOnlySpan<string>)[term.Single, term.Multiple])
            {
                if (label.Length > 0 && locator.StartsWith(label, StringComparison.Ordinal) && locator.Length > label.Length
                    && (char.IsWhiteSpace(locator[label.Length]) || char.IsDigit(locator[label.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private Output Date(DateElement d)
    {
        context.Called++;
        var date = context.IsSuppressed(d.Variable) ? null : context.Item.DateOf(d.Variable);
        if (date is null)
        {
            return TextOutput.Empty;
        }

        var output = new DateFormatter(context).Format(d, date);
        if (output is null || output.IsEmpty)
        {
            return TextOutput.Empty;
        }

        context.Rendered++;
        Substituted(d.Variable);
        if (d.Variable == "issued" && context.Cite?.YearSuffixOnly == true && context.Disambiguation.YearSuffix is { } only)
        {
            // the style prints the suffix itself (text variable="year-suffix"): the date gives way to it
            return UsesYearSuffixVariable() ? TextOutput.Empty : new TextOutput(only) { Part = "year-suffix" };
        }

        if (d.Variable == "issued" && context.Disambiguation.YearSuffix is { } suffix && !UsesYearSuffixVariable() && !UsesCitationLabel() && !context.YearSuffixWritten)
        {
            context.YearSuffixWritten = true;
            output = new GroupOutput([output, new TextOutput(suffix) { Part = "year-suffix" }], Decoration.None);
        }

        // the date a work was read on is a part of its own: disambiguation does not count it (see ComparedText)
        return Decorate(output, d.Decoration with { Display = d.Decoration.Display }, d.Variable == "accessed" ? OutputParts.Accessed : "date");
    }

    /// <summary>A style that prints citation labels puts the year suffix on the label, not on the date.</summary>
    private bool UsesCitationLabel() => context.Style.Macros.Values.Any(m => MentionsLabel(m.Children)) || MentionsLabel(context.Section.Layout.Children);

    private static bool MentionsLabel(IEnumerable<Element> elements) => elements.Any(e => e switch
    {
        TextElement t => t.Variable == "citation-label",
        GroupElement g => MentionsLabel(g.Children),
        ChooseElement c => c.Branches.Any(b => MentionsLabel(b.Children)),
        _ => false,
    });

    private bool UsesYearSuffixVariable() => context.Style.Macros.Values.Any(m => Mentions(m.Children)) || Mentions(context.Section.Layout.Children);

    private static bool Mentions(IEnumerable<Element> elements) => elements.Any(e => e switch
    {
        TextElement t => t.Variable == "year-suffix",
        GroupElement g => Mentions(g.Children),
        ChooseElement c => c.Branches.Any(b => Mentions(b.Children)),
        _ => false,
    });

    private Output Names(NamesElement n, NamesElement? inheritFrom = null)
    {
        var name = n.Name ?? inheritFrom?.Name;
        var label = n.Label ?? (n.Name is null ? inheritFrom?.Label : null);
        var formatter = new NameFormatter(context, name, n.EtAl ?? inheritFrom?.EtAl, n.EtAl is null ? inheritFrom?.EtAlTerm ?? n.EtAlTerm : n.EtAlTerm);
        var lists = new List<(string Variable, IReadOnlyList<CslName> Names)>(n.Variables.Count);
        for (var i = 0; i < n.Variables.Count; i++)
        {
            var variable = n.Variables[i];
            if (!context.IsSuppressed(variable) && context.Item.NamesOf(variable) is { Count: > 0 } names)
            {
                lists.Add((variable, names));
            }
        }

        context.Called++;
        if (lists.Count == 2 && lists.Any(l => l.Variable == "editor") && lists.Any(l => l.Variable == "translator") && lists[0].Names.SequenceEqual(lists[1].Names)
            && (label is null || context.Locale.Text("editortranslator", label.Form).Length > 0))
        {
            lists = [("editortranslator", lists[0].Names)]; // one list, labelled "editor & translator"
        }

        if (lists.Count == 0)
        {
            return Substitute(n);
        }

        context.Rendered++;
        if (context.SubstituteDepth > 0)
        {
            foreach (var list in lists)
            {
                context.Suppress(list.Variable == "editortranslator" ? "editor" : list.Variable);
            }
            if (lists.Any(l => l.Variable == "editortranslator"))
            {
                context.Suppress("translator");
            }
        }

        var isCount = (name?.Attributes.GetValueOrDefault("form") ?? context.Option(null, "name-form")) == "count";
        if (isCount)
        {
            // the count form counts the names of every variable together
            var total = lists.Sum(l => formatter.Format(l.Names) is TextOutput t && int.TryParse(t.Text, out var c) ? c : 0);
            return total == 0 ? TextOutput.Empty : Decorate(new TextOutput(total.ToString(CultureInfo.InvariantCulture)), n.Decoration, "names");
        }

        if (context.SuppressNames && inheritFrom is null)
        {
            // the cite's names are left out: nothing below changes the render's state, so none is formatted
            context.SuppressNames = false;
            return TextOutput.Empty;
        }

        var rendered = new List<Output>();
        foreach (var (variable, names) in lists)
        {
            var formatted = formatter.Format(names);
            if (formatted is null)
            {
                continue;
            }

            if (label is not null && !context.ForSort)
            {
                var term = Label(label, variable, names.Count);
                formatted = n.LabelBeforeName ? new GroupOutput([term, formatted], Decoration.None) : new GroupOutput([formatted, term], Decoration.None);
            }

            rendered.Add(formatted);
        }

        var delimiter = n.Delimiter ?? context.Option(null, "names-delimiter") ?? "";
        return Decorate(new GroupOutput(rendered, Decoration.None, delimiter), n.Decoration, "names");
    }

    /// <summary>The first substitute that renders; the variables it used are not rendered again in this cite.</summary>
    private Output Substitute(NamesElement n)
    {
        if (n.Substitute is null)
        {
            return TextOutput.Empty;
        }

        foreach (var candidate in n.Substitute)
        {
            var before = (context.Called, context.Rendered);
            context.SubstituteDepth++;
            (substituting ??= []).Add(n);
            var output = Element(candidate);
            substituting.RemoveAt(substituting.Count - 1);
            context.SubstituteDepth--;
            if (candidate is TextElement { Term: not null })
            {
                // a term ends the substitution, printed or empty, and the names then count as no variable called for
                // the groups around them (as the reference processors read it): "Content:" shows without a translator
                context.Called = before.Called - 1;
                return output.IsEmpty ? TextOutput.Empty : Decorate(output, n.Decoration, "names");
            }

            if (!output.IsEmpty)
            {
                // what the substitute rendered is not rendered again (the variables it rendered were noted as it went)
                return Decorate(output, n.Decoration, "names");
            }

            (context.Called, context.Rendered) = before;
        }

        return TextOutput.Empty;
    }

    /// <summary>A variable rendered in place of the names is suppressed in the rest of the entry.</summary>
    private void Substituted(string variable)
    {
        if (context.SubstituteDepth > 0)
        {
            context.Suppress(variable);
        }
    }

    /// <summary>A group shows only if it calls no variable, or at least one of the variables it calls has a value.</summary>
    private Output Group(GroupElement g)
    {
        var (called, rendered) = (context.Called, context.Rendered);
        var start = pending.Count;
        Add(g.Children);
        var calledHere = context.Called - called;
        var renderedHere = context.Rendered - rendered;
        if (calledHere > 0 && renderedHere == 0)
        {
            Drop(start);
            return TextOutput.Empty;
        }

        if (PendingEmpty(start))
        {
            Drop(start);
            // nothing to show: the group still counts for the groups around it, but makes no node
            context.Called = called + (calledHere > 0 ? 1 : 0);
            context.Rendered = rendered + (renderedHere > 0 ? 1 : 0);
            return TextOutput.Empty;
        }

        // a group that prints counts as a variable that rendered for the groups around it, even one of fixed text only
        context.Called = called + (calledHere > 0 ? 1 : 0);
        context.Rendered = rendered + 1;
        var children = Take(start);
        // a group of a locator and its label ("pp. 70–85") is the locator as a whole
        var part = children.Length > 1 && IsLocatorWithLabel(children) ? "locator" : null;
        return Decorate(new GroupOutput(children, Decoration.None, g.Delimiter) { Part = part }, g.Decoration);
    }

    /// <summary>Whether outputs are a locator, with its label or not, and nothing else that prints.</summary>
    private static bool IsLocatorWithLabel(Output[] children)
    {
        var locator = false;
        foreach (var child in children)
        {
            if (child.Part == "locator")
            {
                locator = true;
            }
            else if (!child.IsEmpty && child.Part != "locator-label")
            {
                return false;
            }
        }

        return locator;
    }

    private Output Choose(ChooseElement c)
    {
        var start = pending.Count;
        AddBranch(c);
        var branch = Take(start);
        return branch.Length switch
        {
            0 => TextOutput.Empty,
            1 => branch[0],
            _ => new GroupOutput(branch, Decoration.None),
        };
    }

    /// <summary>Renders the elements of the first branch whose condition holds onto the pending outputs.</summary>
    private void AddBranch(ChooseElement c)
    {
        for (var i = 0; i < c.Branches.Count; i++)
        {
            var (when, children) = c.Branches[i];
            if (when is null || (conditions ??= new ConditionTester(context, this)).Holds(when))
            {
                Add(children);
                return;
            }
        }
    }
}
