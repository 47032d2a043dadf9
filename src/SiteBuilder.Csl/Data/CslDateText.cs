using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteBuilder.Csl.Data;

/// <summary>
/// Reads a date written as text: ISO 8601 and EDTF ("2019-11-06", "2019-11", "2019/2020", "2019~", "2019-21" for
/// spring), and the forms people type ("6 November 2019", "November 6, 2019", "Nov. 2019", "Spring 2019").
/// </summary>
public static partial class CslDateText
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Seasons = ["spring", "summer", "autumn", "winter"];

    /// <summary>The date, or null with <paramref name="problem"/> saying why the text is not one.</summary>
    public static CslDate? Parse(string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            problem = "the date is empty";
            return null;
        }

        var circa = trimmed.IndexOfAny(['~', '?', '%']) >= 0;
        var plain = circa ? trimmed.Replace("~", "").Replace("?", "").Replace("%", "") : trimmed;
        if (plain.StartsWith("ca.", StringComparison.OrdinalIgnoreCase) || plain.StartsWith("c.", StringComparison.OrdinalIgnoreCase))
        {
            circa = true;
            plain = plain[(plain.IndexOf('.') + 1)..].Trim();
        }

        var ends = plain.Split('/');
        if (ends.Length > 2)
        {
            problem = $"'{text}' has more than one '/'";
            return null;
        }

        var parts = new List<CslDatePart>();
        int? season = null;
        foreach (var end in ends)
        {
            if (end is "" or "..")
            {
                continue; // an open end of an interval
            }

            var part = Part(end.Trim(), ref season, out problem);
            if (part is null)
            {
                problem = $"'{text}' is not a date: {problem}; write it as YYYY, YYYY-MM or YYYY-MM-DD (or a range YYYY/YYYY)";
                return null;
            }

            parts.Add(part);
        }

        if (parts.Count == 0)
        {
            problem = $"'{text}' has no year";
            return null;
        }

        return new CslDate { Parts = parts, Circa = circa, Season = season, Raw = text };
    }

    private static CslDatePart? Part(string text, ref int? season, out string? problem)
    {
        problem = null;
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            int? month = iso.Groups["m"].Success ? int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
            int? day = iso.Groups["d"].Success ? int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (month is >= 21 and <= 24 && day is null)
            {
                season = month - 20;
                return new CslDatePart(year);
            }

            return Valid(year, month, day, out problem);
        }

        // "6 November 2019", "November 6, 2019", "Nov. 2019", "Spring 2019", "2019"
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        int? y = null, m = null, d = null;
        foreach (var word in words)
        {
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                if (word.Length >= 3 && y is null)
                {
                    y = number;
                }
                else if (word.Length <= 2 && d is null)
                {
                    d = number;
                }
                else
                {
                    problem = $"'{word}' is out of place";
                    return null;
                }
            }
            else if (MonthOf(word) is { } month && m is null)
            {
                m = month;
            }
            else if (Array.IndexOf(Seasons, word.ToLowerInvariant()) is >= 0 and var s)
            {
                season = s + 1;
            }
            else if (word.Equals("fall", StringComparison.OrdinalIgnoreCase))
            {
                season = 3;
            }
            else
            {
                problem = $"'{word}' is neither a month nor a number";
                return null;
            }
        }

        if (y is null)
        {
            problem = "it has no year";
            return null;
        }

        return d is not null && m is null ? Fail($"'{d}' is a day without a month", out problem) : Valid(y.Value, m, d, out problem);
    }

    private static CslDatePart? Fail(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    private static CslDatePart? Valid(int year, int? month, int? day, out string? problem)
    {
        problem = null;
        if (month is not null and (< 1 or > 12))
        {
            return Fail($"there is no month {month}", out problem);
        }

        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month.Value)))
        {
            return Fail($"there is no day {day} in that month", out problem);
        }

        return new CslDatePart(year, month, day);
    }

    /// <summary>1 to 12 for an English month name or its abbreviation ("Nov", "Nov.", "Sept").</summary>
    public static int? MonthOf(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        if (w.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(Months, name => name.StartsWith(w, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    [GeneratedRegex(@"^(?<y>-?\d{1,4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"[\p{L}]+\.?|\d+")]
    private static partial Regex Words();
}
