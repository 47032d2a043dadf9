using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Locales;

/// <summary>One term in one form: its singular and plural text (the same when the term has no plural).</summary>
public sealed record Term(string Single, string Multiple, string? Gender = null, string? Match = null);

/// <summary>A localized date format (<c>form="text"</c> or <c>"numeric"</c>): its parts in order, with their decorations.</summary>
public sealed record LocaleDate(IReadOnlyList<DatePartElement> Parts, Decoration Decoration, string? Delimiter);

/// <summary>A locale, or a style's override of one: terms by name and form, date formats and style options.</summary>
public class LocaleOverride
{
    public string? Language { get; init; }

    public Dictionary<(string Name, string Form), Term> Terms { get; } = [];

    public Dictionary<string, LocaleDate> Dates { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The locale a style formats with: the built-in or loaded locale, with the style's overrides on top (those
/// without a language first, then those for the locale's language). Terms fall back from one form to another
/// as CSL prescribes: verb-short to verb to long, symbol to short to long.
/// </summary>
public sealed class CslLocale
{
    private readonly IReadOnlyList<LocaleOverride> layers;

    /// <param name="language">The language asked for, when <paramref name="baseLocale"/> stands in for one that has no
    /// locale (en-US for "gx"): the style's overrides for it still apply, on top of the stand-in. Null: the base's own.</param>
    public CslLocale(LocaleOverride baseLocale, IEnumerable<LocaleOverride> overrides, string? language = null)
    {
        var lang = language ?? baseLocale.Language ?? "en-US";
        var primary = lang.Split('-')[0];
        layers = [.. overrides.Where(o => o.Language == lang), .. overrides.Where(o => o.Language == primary), .. overrides.Where(o => o.Language is null), baseLocale];
        Language = lang;

        // the first layer that sets an option, a date format or a term's form wins; looked up once, not on every use
        foreach (var layer in layers.Reverse())
        {
            foreach (var ((name, form), term) in layer.Terms)
            {
                ref var forms = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(terms, name, out _);
                forms = [.. (forms ?? []).Where(f => f.Form != form), (form, term)];
            }

            foreach (var (name, value) in layer.Options)
            {
                options[name] = value;
            }

            foreach (var (form, date) in layer.Dates)
            {
                dates[form] = date;
            }
        }

        PunctuationInQuote = Option("punctuation-in-quote") == "true";
        LimitDayOrdinalsToDay1 = Option("limit-day-ordinals-to-day-1") == "true";
    }

    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    /// <summary>Each term's forms, from the layer that wins for each: by name with an ordinal comparer, a lookup that hashes one short string.</summary>
    private readonly Dictionary<string, (string Form, Term Term)[]> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocaleDate> dates = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, object> derived = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What the engine derives from this locale for one element of a style (a localized date's parts merged with
    /// the element's own), made once however many items render it. Thread-safe.
    /// </summary>
    internal T Derived<T>(object element, Func<T> make) where T : class => (T)derived.GetOrAdd(element, _ => make());

    public string Language { get; }

    /// <summary>Whether punctuation after a quotation goes inside it (read once: the writer asks at every piece of text).</summary>
    public bool PunctuationInQuote { get; }

    public bool LimitDayOrdinalsToDay1 { get; }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public LocaleDate? Date(string form) => dates.GetValueOrDefault(form);

    /// <summary>The term, falling back through forms; null when no layer has it.</summary>
    public Term? Find(string name, string form = "long")
    {
        if (!terms.TryGetValue(name, out var forms))
        {
            return null;
        }

        foreach (var candidate in Fallbacks(form))
        {
            if (InForm(forms, candidate) is { } term)
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>The term in exactly this form, with no fallback to another; null when no layer has it.</summary>
    public Term? FindExactly(string name, string form) => terms.TryGetValue(name, out var forms) ? InForm(forms, form) : null;

    private static Term? InForm((string Form, Term Term)[] forms, string form)
    {
        foreach (var (known, term) in forms)
        {
            if (known == form)
            {
                return term;
            }
        }

        return null;
    }

    public string Text(string name, string form = "long", bool plural = false) =>
        Find(name, form) is { } term ? (plural ? term.Multiple : term.Single) : "";

    private static readonly string[] VerbShortForms = ["verb-short", "verb", "long"];
    private static readonly string[] SymbolForms = ["symbol", "short", "long"];
    private static readonly string[] VerbForms = ["verb", "long"];
    private static readonly string[] ShortForms = ["short", "long"];
    private static readonly string[] LongForm = ["long"];

    private static string[] Fallbacks(string form) => form switch
    {
        "verb-short" => VerbShortForms,
        "symbol" => SymbolForms,
        "verb" => VerbForms,
        "short" => ShortForms,
        "long" => LongForm,
        _ => [form],
    };

    /// <summary>
    /// The name a term of one gender is kept under (<c>gender-form</c>: "ordinal-01" feminine, masculine), apart
    /// from the term without one; the name itself for that.
    /// </summary>
    public static string Gendered(string name, string? genderForm) => genderForm is null ? name : name + "/" + genderForm;

    /// <summary>The gender of a noun the locale defines ("feminine" for French "édition"), which its ordinals agree with; null when it has none.</summary>
    public string? GenderOf(string noun) => Find(noun)?.Gender;

    /// <summary>A term in the form for a noun of the given gender, else the one without a gender.</summary>
    public string GenderedText(string name, string? gender) =>
        (gender is not null ? Find(Gendered(name, gender)) : null) is { } term ? term.Single : Text(name);

    /// <summary>
    /// The ordinal suffix for <paramref name="n"/>: an ordinal-10..99 term matching its last two digits (or the whole
    /// number), else an ordinal-00..09 term matching its last digit, else the general "ordinal" term. Each in the
    /// form for the <paramref name="gender"/> of the noun numbered, else without a gender (and a noun without a
    /// gender, where a locale defines only gendered forms, takes the masculine one).
    /// </summary>
    public string OrdinalSuffix(int n, string? gender = null)
    {
        foreach (var layer in layers)
        {
            var twoDigits = n % 100;
            if (twoDigits >= 10 && Ordinal(layer, $"ordinal-{twoDigits:00}", gender) is { } two && (two.Match != "whole-number" || n == twoDigits))
            {
                return two.Single;
            }

            var digit = n % 10;
            if (Ordinal(layer, $"ordinal-{digit:00}", gender) is { } one
                && (one.Match ?? "last-digit") switch { "last-two-digits" => twoDigits == digit, "whole-number" => n == digit, _ => true })
            {
                return one.Single;
            }

            if (Ordinal(layer, "ordinal", gender) is { } general)
            {
                return general.Single;
            }
        }

        return "";
    }

    private static Term? Ordinal(LocaleOverride layer, string name, string? gender) =>
        gender is not null
            ? layer.Terms.GetValueOrDefault((Gendered(name, gender), "long")) ?? layer.Terms.GetValueOrDefault((name, "long"))
            : layer.Terms.GetValueOrDefault((name, "long")) ?? layer.Terms.GetValueOrDefault((Gendered(name, "masculine"), "long"));
}
