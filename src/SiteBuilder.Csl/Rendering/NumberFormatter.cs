using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteBuilder.Csl.Locales;

namespace SiteBuilder.Csl.Rendering;

/// <summary>Numbers as CSL renders them: numeric, ordinal, long-ordinal or roman, lists and ranges kept; page ranges by the style's page-range-format.</summary>
internal static partial class NumberFormatter
{
    /// <summary>Whether a value is numeric for CSL: numbers, optionally with letters ("2a", "L2"), in ranges or lists.</summary>
    public static bool IsNumeric(string value) => Numeric().IsMatch(value.Trim());

    /// <param name="gender">The gender of the noun numbered (the locale's term for the variable), which ordinals agree with.</param>
    public static string Format(string value, string form, CslLocale locale, string? gender = null)
    {
        if (!IsNumeric(value) || (form != "numeric" && value.Any(char.IsLetter)))
        {
            return value; // "2nd" is already an ordinal; letters are kept as written
        }

        var formatted = NumberToken().Replace(value, m =>
        {
            var n = int.Parse(m.Value, CultureInfo.InvariantCulture);
            return form switch
            {
                "ordinal" => n + locale.OrdinalSuffix(n, gender),
                "long-ordinal" when n is >= 1 and <= 10 => locale.GenderedText($"long-ordinal-{n:00}", gender),
                "long-ordinal" => n + locale.OrdinalSuffix(n, gender),
                "roman" => Roman(n).ToLowerInvariant(),
                _ => m.Value,
            };
        }).Replace(" - ", "-").Replace(" – ", "–");

        // a range of numbers takes an en dash, as the reference processors write it ("3–5")
        return formatted.Contains('-') ? NumberRangeHyphen().Replace(formatted, "–") : formatted;
    }

    /// <summary>
    /// A numeric value as text prints it ("3-4" as "3–4"): a hyphen between two numbers is a range, written with an en
    /// dash as the reference processors write it. Only for variables that count or place (volume, issue, edition…),
    /// where a hyphen between numbers can be nothing else; an identifier ("number": "2001-05") keeps its hyphen.
    /// </summary>
    public static string RangeAsText(string value) =>
        value.Contains('-') && IsNumeric(value) ? NumberRangeHyphen().Replace(value, "–") : value;

    /// <summary>The ampersands of a list of numbers ("213 &amp; 235") as the locale's "and" symbol, which a style may set.</summary>
    public static string Ampersands(string value, CslLocale locale) =>
        value.Contains('&') && locale.FindExactly("and", "symbol")?.Single is { Length: > 0 } and && and != "&" && IsNumeric(value)
            ? AmpersandToken().Replace(value, " " + and + " ")
            : value;

    /// <summary>A page range in the style's format (expanded, minimal, minimal-two, chicago), hyphens as the locale's delimiter.</summary>
    public static string PageRange(string value, string? format, CslLocale locale)
    {
        if (value.AsSpan().IndexOfAny("-–—") < 0)
        {
            return value; // no range: nothing to format
        }

        var delimiter = locale.Text("page-range-delimiter") is { Length: > 0 } d ? d : "–";
        if (value.Contains("\\-", StringComparison.Ordinal))
        {
            return Unescape(value);
        }

        if (DigitsRange(value) is var (firstDigits, lastDigits))
        {
            // "52-61", the common shape, without the patterns (which give the same for it)
            return format is null ? firstDigits + delimiter + lastDigits : firstDigits + delimiter + Collapse(firstDigits, Expand(firstDigits, lastDigits), format);
        }

        value = RomanRangeToken().Replace(value, m => m.Groups["a"].Value + delimiter + m.Groups["b"].Value);
        value = SpacedHyphen().Replace(value, "-");
        return RangePattern().Replace(value, m =>
        {
            var (prefixA, prefixB) = (m.Groups["pa"].Value, m.Groups["pb"].Value);
            if (prefixA != prefixB)
            {
                // "N110-P5", "110-N6": numbers of different series are left as written
                return m.Value.Replace(" ", "", StringComparison.Ordinal);
            }

            var (first, last) = (m.Groups["a"].Value, m.Groups["b"].Value);
            if (format is null)
            {
                return prefixA + first + delimiter + prefixB + last;
            }

            if (prefixA.Length > 0)
            {
                // "N110–N115" expanded; collapsed forms drop the repeated prefix: "n11564–8"
                var full = last.Length < first.Length ? first[..(first.Length - last.Length)] + last : last;
                return format == "expanded" ? prefixA + first + delimiter + prefixB + full : prefixA + first + delimiter + Collapse(first, full, format);
            }

            return first + delimiter + Collapse(first, Expand(first, last), format);
        });
    }

    /// <summary>The last number of a range written in full: "321-8" ends at 328.</summary>
    private static string Expand(string first, string last) => last.Length < first.Length ? first[..(first.Length - last.Length)] + last : last;

    /// <summary>The two numbers of a value that is only digits, one hyphen or en dash, and digits ("52-61"); null for any other value.</summary>
    private static (string First, string Last)? DigitsRange(string value)
    {
        var dash = value.AsSpan().IndexOfAny('-', '–');
        if (dash <= 0 || dash == value.Length - 1 || value.AsSpan(0, dash).ContainsAnyExceptInRange('0', '9') || value.AsSpan(dash + 1).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return (value[..dash], value[(dash + 1)..]);
    }

    private static string Collapse(string first, string expanded, string format) => format switch
    {
        "expanded" => expanded,
        "minimal" => Minimal(first, expanded, 1),
        "minimal-two" => Minimal(first, expanded, 2),
        "chicago" or "chicago-15" => Chicago(first, expanded, fourDigitRule: true),
        "chicago-16" => Chicago(first, expanded, fourDigitRule: false),
        _ => expanded,
    };

    private static string Minimal(string first, string last, int keep)
    {
        if (first.Length != last.Length)
        {
            return last;
        }

        var same = 0;
        while (same < first.Length - 1 && first[same] == last[same])
        {
            same++;
        }

        return last[Math.Min(same, Math.Max(0, last.Length - keep))..];
    }

    private static string Chicago(string first, string last, bool fourDigitRule)
    {
        var n = int.Parse(first, CultureInfo.InvariantCulture);
        if (n < 100 || n % 100 == 0)
        {
            return last;
        }

        if (n % 100 < 10)
        {
            return Minimal(first, last, 1);
        }

        return fourDigitRule && first.Length == 4 && Minimal(first, last, 2).Length >= 3 ? last : Minimal(first, last, 2);
    }

    public static string Roman(int n)
    {
        if (n is <= 0 or > 3999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var values = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new StringBuilder();
        foreach (var (value, letters) in values)
        {
            while (n >= value)
            {
                text.Append(letters);
                n -= value;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether a value names more than one, for plural labels: numbers (with letters, or roman numerals) in a range
    /// or a list ("1–2", "S213-S235", "i-ix", "213, and 235"); not "3-B" or "Michaelson-Morely", nor an escaped "\-".
    /// </summary>
    public static bool IsPlural(string value, string? and = null)
    {
        if (value.AsSpan().IndexOfAny("-–,&") < 0 && !value.Contains("and", StringComparison.Ordinal) && (and is not { Length: > 0 } || !value.Contains(and, StringComparison.Ordinal)))
        {
            return false; // one number ("71"): no range or list for the patterns to find
        }

        var text = and is { Length: > 0 } ? value.Replace(" " + and + " ", " & ", StringComparison.Ordinal) : value;
        return !text.Contains("\\-", StringComparison.Ordinal) && (Plural().IsMatch(text) || RomanRange().IsMatch(text.Trim()));
    }

    /// <summary>A value as shown: an escaped hyphen ("\-", which keeps a hyphen from reading as a range) as a plain one.</summary>
    public static string Unescape(string value) => value.Replace("\\-", "-", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:[A-Za-z]*\d+[A-Za-z]*)(?:\s*(?:[-–,&]|and)\s*[A-Za-z]*\d+[A-Za-z]*)*$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"(?<=\w)\s+-\s+(?=\w)")]
    private static partial Regex SpacedHyphen();

    // a number's prefix is letters, after digits too ("8n11564", a note on a page)
    [GeneratedRegex(@"(?<![\w\\])(?<pa>(?:\d+[A-Za-z]+)?[A-Za-z]*)(?<a>\d+)\s*(?:-|–|--)\s*(?<pb>(?:\d+[A-Za-z]+)?[A-Za-z]*)(?<b>\d+)(?!\w)")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"[A-Za-z]*\d+[A-Za-z]*(?:\s*(?:[-–,&]|\band\b)\s*)+[A-Za-z]*\d")]
    private static partial Regex Plural();

    [GeneratedRegex(@"^[ivxlcdm]+\s*[-–]\s*[ivxlcdm]+$", RegexOptions.IgnoreCase)]
    private static partial Regex RomanRange();

    [GeneratedRegex(@"(?<![\\\w])(?<a>[ivxlcdm]+)\s*-\s*(?<b>[ivxlcdm]+)(?!\w)")]
    private static partial Regex RomanRangeToken();

    /// <summary>A hyphen between two numbers: a range, written with an en dash as the reference processors write it ("3–5").</summary>
    [GeneratedRegex(@"(?<=\d)-(?=\d)")]
    private static partial Regex NumberRangeHyphen();

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex AmpersandToken();
}
