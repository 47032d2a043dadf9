using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// Renders one list of names under a <c>cs:name</c>: order (display or sort), initials, particles, suffixes,
/// "and", delimiters, et al. (first, last), short and count forms, and the disambiguation's extra names and
/// given names. Options inherit from the style and the section.
/// </summary>
internal sealed partial class NameFormatter(RenderContext context, NameElement? name, Decoration? etAlDecoration, string etAlTerm)
{
    /// <summary>A name option: on cs:name, else inherited from the section or style (name-delimiter and name-form under their own names).</summary>
    private string? Option(string key) =>
        name?.Attributes.GetValueOrDefault(key) ?? context.Option(null, key switch { "delimiter" => "name-delimiter", "form" => "name-form", _ => key });

    private string Form => Option("form") ?? "long";

    /// <summary>The names as output, or the count form's number; null when there are none.</summary>
    public Output? Format(IReadOnlyList<CslName> names)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var (shown, etAl, useLast) = Truncate(names);
        if (Form == "count")
        {
            return new TextOutput(shown.Count.ToString(CultureInfo.InvariantCulture));
        }

        if (context.ForSort)
        {
            // a sort key: the names in order, no "and" and no "et al." ("Beck Katz" before "Beck Katz Tucker"); letter by
            // letter where the style asks ("De Vries, A." after "Devlin, A."), each name's parts apart ("Brown, J." before "Browning, A.");
            // with names-use-last (or et-al-use-last), the last name after the first ones
            List<CslName> keyed = useLast ? [.. shown, names[^1]] : shown;
            return new GroupOutput(keyed.Select((n, i) => context.Section.Options.ContainsKey(StyleParser.LetterByLetter)
                ? new TextOutput(One(n, i).Plain().Replace(" ", "", StringComparison.Ordinal).Replace(",", ", ", StringComparison.Ordinal))
                : One(n, i)).ToList(), Decoration.None, " ") { Part = "names" };
        }

        var delimiter = Option("delimiter") ?? ", ";
        var parts = new List<Output>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0)
            {
                var isLast = i == shown.Count - 1 && !etAl && !useLast;
                parts.Add(new TextOutput(isLast ? LastDelimiter(shown, i, delimiter) : delimiter));
            }

            parts.Add(One(shown[i], i));
        }

        if (useLast)
        {
            // CSL writes "…"; a style may set its own with the term "ellipsis" (APA's spaced ". . .")
            parts.Add(new TextOutput(delimiter + (context.Locale.Text("ellipsis") is { Length: > 0 } ellipsis ? ellipsis : "…") + " "));
            parts.Add(One(names[^1], names.Count - 1));
        }
        else if (etAl)
        {
            var precedes = Option("delimiter-precedes-et-al") ?? "contextual";
            var useDelimiter = precedes switch
            {
                "always" => true,
                "never" => false,
                "after-inverted-name" => Inverted(shown.Count - 1),
                _ => shown.Count >= 2,
            };
            var term = context.Locale.Text(etAlTerm);
            if (term.Length > 0)
            {
                parts.Add(new TextOutput(useDelimiter ? delimiter : " "));
                parts.Add(new GroupOutput([new TextOutput(term)], etAlDecoration ?? Decoration.None));
            }
        }

        return new GroupOutput(parts, name?.Decoration ?? Decoration.None) { Part = "name-list" };
    }

    /// <summary>Which names show, given et-al-min / use-first (or the subsequent ones) and the disambiguation's extra names.</summary>
    private (List<CslName> Shown, bool EtAl, bool UseLast) Truncate(IReadOnlyList<CslName> names)
    {
        var subsequent = context.Cite?.Position is CitePosition.Subsequent or CitePosition.Ibid or CitePosition.IbidWithLocator;
        var min = Int(subsequent ? Option("et-al-subsequent-min") ?? Option("et-al-min") : Option("et-al-min"));
        var useFirst = Int(subsequent ? Option("et-al-subsequent-use-first") ?? Option("et-al-use-first") : Option("et-al-use-first"));
        if (context.ForSort)
        {
            min = Int(Option("names-min")) ?? min;
            useFirst = Int(Option("names-use-first")) ?? useFirst;
        }

        if (min is null || useFirst is null || names.Count < min || useFirst >= names.Count)
        {
            return (names.ToList(), false, false);
        }

        var count = Math.Max(useFirst.Value, context.Disambiguation.NamesShown ?? 0);
        if (count >= names.Count)
        {
            return (names.ToList(), false, false);
        }

        if (count == 0)
        {
            return ([], false, false);
        }

        // a sort key's names-use-last stands for the style's et-al-use-last, as its names-min and names-use-first do
        var useLast = ((context.ForSort ? Option("names-use-last") : null) ?? Option("et-al-use-last")) == "true" && count <= names.Count - 2;
        return (names.Take(count).ToList(), !useLast, useLast);
    }

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private string LastDelimiter(IReadOnlyList<CslName> shown, int index, string delimiter)
    {
        var count = shown.Count;
        var and = Option("and") switch
        {
            "text" => context.Locale.Text("and"),
            "symbol" => context.Cite is { AuthorOnly: true } ? context.Locale.Text("and") : "&", // names in running text spell it out
            _ => null,
        };
        if (and is null)
        {
            return delimiter;
        }

        var precedes = Option("delimiter-precedes-last") ?? "contextual";
        var withDelimiter = precedes switch
        {
            "always" => true,
            "never" => false,
            "after-inverted-name" => Inverted(index - 1) && !shown[index - 1].IsLiteral,
            _ => count >= 3,
        };
        return withDelimiter ? delimiter + and + " " : " " + and + " ";
    }

    private bool Inverted(int index) => Option("name-as-sort-order") switch
    {
        "all" => true,
        "first" => index == 0,
        _ => context.ForSort,
    };

    /// <summary>One name in the form, order and initials the options ask for, name parts decorated.</summary>
    private Output One(CslName person, int index)
    {
        if (person.IsLiteral)
        {
            return Part(RichTextOutput.Parse(person.Literal!), name?.Family);
        }

        if (string.IsNullOrWhiteSpace(person.Family) && person.Given is { Length: > 0 } only)
        {
            return Part(Text(only.Trim()), name?.Family); // one name, written as given ("Banksy")
        }

        person = person with { Family = person.Family?.Trim().Replace('\'', '’'), Given = person.Given?.Trim().Replace('\'', '’'), NonDroppingParticle = person.NonDroppingParticle?.Replace('\'', '’'), DroppingParticle = person.DroppingParticle?.Replace('\'', '’') };
        var family = person.Family ?? "";
        var demote = context.Option(null, "demote-non-dropping-particle") ?? "display-and-sort";
        var given = Given(person, index);
        if (!IsLatin(family + (person.Given ?? "")))
        {
            // names in CJK scripts: family then given, no space, never inverted
            return new GroupOutput([Part(Text(family), name?.Family), Part(Text(Form == "short" ? "" : person.Given ?? ""), name?.Given)], Decoration.None);
        }

        var ndp = person.NonDroppingParticle;
        var dp = person.DroppingParticle;
        var expanded = Math.Max(context.Disambiguation.GivenLevel(index), GlobalLevel(person, index));
        if (Form == "short" && expanded == 0)
        {
            return Part(Text(Join(ndp, family)), name?.Family);
        }

        var suffix = person.Suffix;
        if (Inverted(index) && !person.StaticOrdering)
        {
            var sortSeparator = Option("sort-separator") ?? ", ";
            var familyPart = demote == "display-and-sort" ? family : Join(ndp, family);
            var givenPart = demote == "display-and-sort" ? Join(Join(given, dp), ndp?.TrimEnd()) : Join(given, dp);
            var pieces = new List<Output> { Part(Text(familyPart), name?.Family) };
            if (givenPart.Length > 0 && demote == "display-and-sort" && !string.IsNullOrEmpty(ndp) && name?.Family is { } familyFormat)
            {
                // the demoted non-dropping particle keeps the family name's formatting, inside the given part's affixes:
                // "Aubignac (François Hédelin d’)" with "d’" in small capitals like "Aubignac"
                var givenText = Join(given, dp);
                var givenRuns = new List<Output>(3);
                if (givenText.Length > 0)
                {
                    givenRuns.Add(Part(Text(givenText), name.Given is { } g ? g with { Prefix = null, Suffix = null } : null));
                    if (!JoinsWithoutSpace(givenText))
                    {
                        givenRuns.Add(new TextOutput(" "));
                    }
                }

                givenRuns.Add(new GroupOutput([Text(ndp.TrimEnd())], familyFormat with { Prefix = null, Suffix = null }));
                pieces.Add(new TextOutput(sortSeparator));
                pieces.Add(new GroupOutput(givenRuns, name.Given is { } affixed ? new Decoration { Prefix = affixed.Prefix, Suffix = affixed.Suffix } : Decoration.None));
            }
            else if (givenPart.Length > 0)
            {
                pieces.Add(new TextOutput(sortSeparator));
                pieces.Add(Part(Text(givenPart), name?.Given));
            }

            if (suffix is not null)
            {
                pieces.Add(Text(sortSeparator + suffix));
            }

            return new GroupOutput(pieces, Decoration.None);
        }

        var display = new List<Output>();
        if (given.Length > 0)
        {
            display.Add(Part(Text(given), name?.Given));
            if (name?.Given?.Suffix is not { Length: > 0 } spacer || !char.IsWhiteSpace(spacer[^1]))
            {
                display.Add(new TextOutput(" "));
            }
        }

        // the family part's affixes hold the particles and the suffix: "(de La Fontaine III)"; as to formatting, the
        // dropping particle is the given name's, the non-dropping particle the family name's, each a run of its own
        var suffixText = suffix is null ? "" : (person.CommaSuffix ? ", " : " ") + suffix;
        if (name?.Family is null && name?.Given is null)
        {
            display.Add(Text(Join(Join(dp, ndp), family) + suffixText));
            return new GroupOutput(display, Decoration.None);
        }

        var runs = new List<Output>(5);
        string? previous = null;
        void Run(string? text, Decoration? decoration)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            if (previous is not null && !JoinsWithoutSpace(previous))
            {
                runs.Add(new TextOutput(" "));
            }

            runs.Add(Part(Text(text), decoration is null ? null : decoration with { Prefix = null, Suffix = null }));
            previous = text;
        }

        Run(dp, name?.Given);
        Run(ndp, name?.Family);
        Run(family, name?.Family);
        if (suffixText.Length > 0)
        {
            runs.Add(Text(suffixText));
        }

        var affixes = name?.Family is { } familyDecoration ? new Decoration { Prefix = familyDecoration.Prefix, Suffix = familyDecoration.Suffix } : Decoration.None;
        display.Add(new GroupOutput(runs, affixes));
        return new GroupOutput(display, Decoration.None);
    }

    /// <summary>The document-wide given-name level of a person (all-names rules), only for the first name under the primary-name rules.</summary>
    private int GlobalLevel(CslName person, int index) =>
        index > 0 && (context.Option(null, "givenname-disambiguation-rule") ?? "").StartsWith("primary-name", StringComparison.Ordinal)
            ? 0
            : context.NameLevels.GetValueOrDefault(person.ComparisonKey());

    private static string Join(string? a, string? b) =>
        string.IsNullOrEmpty(a) ? b ?? "" : string.IsNullOrEmpty(b) ? a : JoinsWithoutSpace(a) ? a + b : a + " " + b;

    /// <summary>A name part that ends in an apostrophe or a hyphen ("d’", "al-") runs into the next one; one that keeps the space written after it ("de’ ") has it already.</summary>
    private static bool JoinsWithoutSpace(string part) => part.EndsWith('\'') || part.EndsWith('’') || part.EndsWith('-') || part.EndsWith(' ');

    private static Output Part(Output text, Decoration? decoration) =>
        decoration is null ? text : new GroupOutput([text], decoration);

    /// <summary>The given names, full or as initials, with the disambiguation's given-name level taken into account.</summary>
    private string Given(CslName person, int index)
    {
        var given = person.Given ?? "";
        if (given.Length == 0)
        {
            return "";
        }

        var initializeWith = Option("initialize-with");
        var level = Math.Max(context.Disambiguation.GivenLevel(index), GlobalLevel(person, index));
        if (level >= 2)
        {
            return given;
        }

        if (initializeWith is null)
        {
            // a style that prints no given names (short form) shows them when disambiguation asks
            return given;
        }

        if (level == 1)
        {
            return Initials(given, initializeWith, context.Option(null, "initialize-with-hyphen") != "false");
        }

        return Option("initialize") == "false" ? NormalizeInitials(given, initializeWith) : Initials(given, initializeWith, context.Option(null, "initialize-with-hyphen") != "false");
    }

    /// <summary>
    /// Given names as initials: "John Ronald" as "J. R.", "Jean-Paul" as "J.-P." (or "J. P." without hyphens).
    /// A token written with a period or of one letter is already an initial and keeps its letters ("ME." stays);
    /// lower-case words (particles) stay whole.
    /// </summary>
    internal static string Initials(string given, string with, bool hyphen) => Tokens(given, with, initialize: true, hyphen);

    /// <summary>With initialize="false": initials ("M.E", "M E") written with the initialize-with string, full names kept.</summary>
    private static string NormalizeInitials(string given, string with) => Tokens(given, with, initialize: false, hyphen: true);

    /// <summary>
    /// A name's initial: its first letter, or a digraph that romanises one letter of Mongolian or Russian when the
    /// name writes it in capitals ("TSerendorjiin" as "Ts", "ZHanna" as "Zh"), as the reference processors read it.
    /// </summary>
    private static StringBuilder AppendInitial(StringBuilder result, string token)
    {
        result.Append(token[0]);
        return token.Length >= 3 && char.IsUpper(token[0]) && char.IsUpper(token[1]) && char.IsLower(token[2])
            ? result.Append(char.ToLowerInvariant(token[1]))
            : result;
    }

    private static string Tokens(string given, string with, bool initialize, bool hyphen)
    {
        // markup in the name ("<b>John</b> Quincy"): the spaces and hyphens inside its tags are no word breaks, and each
        // word's initial keeps the tags around the word ("<b>J.</b> Q.")
        var marked = given.Contains('<');
        if (marked)
        {
            given = InTags(given, ' ', TagSpace, '-', TagHyphen);
        }

        var result = new StringBuilder();
        foreach (var word in given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = word.Split('-');
            for (var p = 0; p < pieces.Length; p++)
            {
                var (open, core, close) = marked ? Tags(pieces[p]) : ("", pieces[p], "");
                if (p > 0 && core.Length > 0 && char.IsLower(core[0]) && initialize)
                {
                    continue; // "Guo-ping" as "G.": a lower-case part after a hyphen is no name of its own
                }

                if (p > 0)
                {
                    while (result.Length > 0 && result[^1] == ' ')
                    {
                        result.Length--;
                    }

                    result.Append(hyphen ? "-" : with.TrimEnd().Length == 0 && with.Length > 0 ? " " : "");
                }

                var start = result.Length;
                foreach (var (token, period) in Pieces(core))
                {
                    if (period || token.Length == 1)
                    {
                        result.Append(token).Append(with);
                    }
                    else if (char.IsLower(token[0]))
                    {
                        Space(result);
                        result.Append(token).Append(' '); // a particle stays a word
                    }
                    else if (initialize)
                    {
                        AppendInitial(result, token).Append(with);
                    }
                    else
                    {
                        Space(result);
                        result.Append(token).Append(' ');
                    }
                }

                if (open.Length + close.Length > 0)
                {
                    // the tags go around what the word became, before the space that follows it
                    var end = result.Length;
                    while (end > start && result[end - 1] == ' ')
                    {
                        end--;
                    }

                    result.Insert(end, close).Insert(start, open);
                }
            }
        }

        var text = result.ToString().TrimEnd();
        return marked ? InTags(text, TagSpace, ' ', TagHyphen, '-') : text;
    }

    /// <summary>Stand-ins for a space and a hyphen inside a tag while a marked-up name is split into words.</summary>
    private const char TagSpace = '\u0001', TagHyphen = '\u0002';

    /// <summary>The text with <paramref name="a"/> as <paramref name="toA"/> and <paramref name="b"/> as <paramref name="toB"/> inside its tags (between '&lt;' and '&gt;').</summary>
    private static string InTags(string text, char a, char toA, char b, char toB)
    {
        var chars = text.ToCharArray();
        var inTag = false;
        for (var i = 0; i < chars.Length; i++)
        {
            // a '<' with no '>' after it is text, not a tag ("A<B")
            inTag = (chars[i] == '<' && text.IndexOf('>', i + 1) > i) || (inTag && chars[i - 1] != '>');
            if (inTag && chars[i] == a)
            {
                chars[i] = toA;
            }
            else if (inTag && chars[i] == b)
            {
                chars[i] = toB;
            }
        }

        return new string(chars);
    }

    /// <summary>A word's tags before and after it ("&lt;b&gt;John&lt;/b&gt;" as "&lt;b&gt;", "John", "&lt;/b&gt;").</summary>
    private static (string Open, string Core, string Close) Tags(string word)
    {
        var start = 0;
        while (start < word.Length && word[start] == '<' && word.IndexOf('>', start) is var gt and > 0)
        {
            start = gt + 1;
        }

        var end = word.Length;
        while (end > start && word[end - 1] == '>' && word.LastIndexOf('<', end - 1) is var lt && lt >= start)
        {
            end = lt;
        }

        return (word[..start], word[start..end], word[end..]);
    }

    /// <summary>A name part as output: rich text when it carries CSL's markup ("&lt;b&gt;Doe&lt;/b&gt;"), else as it is.</summary>
    private static Output Text(string text) => text.Contains('<') ? RichTextOutput.Parse(text) : new TextOutput(text);

    private static void Space(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != ' ')
        {
            text.Append(' ');
        }
    }

    /// <summary>The tokens of one word split at periods, each with whether a period followed it.</summary>
    private static IEnumerable<(string Token, bool Period)> Pieces(string word)
    {
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i == word.Length || word[i] == '.')
            {
                if (i > start)
                {
                    yield return (word[start..i], i < word.Length);
                }

                start = i + 1;
            }
        }
    }

    private static bool IsLatin(string text) => !Cjk().IsMatch(text);

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}]")]
    private static partial Regex Cjk();
}
