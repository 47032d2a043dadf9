using System.Globalization;
using SiteBuilder.Csl.Data;
using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// Renders a <c>cs:date</c>: localized forms (text, numeric) with the style's overrides, or the style's own parts;
/// ranges with the differing parts joined by the range delimiter; seasons; years BC and AD; literal dates.
/// </summary>
internal sealed class DateFormatter(RenderContext context)
{
    public Output? Format(DateElement element, CslDate date)
    {
        if (date.Literal is { } literal && date.Parts.Count == 0)
        {
            return new TextOutput(literal);
        }

        if (date.Parts.Count == 0)
        {
            return null;
        }

        var (allParts, delimiter) = Parts(element);
        if (allParts.Count == 0)
        {
            return null;
        }

        var start = date.Parts[0];
        var season = date.Season;

        if (date.Parts.Count == 2 && date.Parts[1].Year == 0)
        {
            // an open range: "1987–"
            var open = allParts.FirstOrDefault(p => p.Name == "year")?.RangeDelimiter ?? "–";
            return new GroupOutput([Whole(allParts, start, season, delimiter), new TextOutput(open)], Decoration.None);
        }

        if (date.Parts.Count < 2 || date.Parts[1] == date.Parts[0])
        {
            return Whole(allParts, start, season, delimiter);
        }

        var parts = allParts.ToList();
        var end = date.Parts[1];
        var differing = parts.Where(p => Value(p.Name, start) != Value(p.Name, end) && Value(p.Name, end) is not null).Select(p => p.Name).ToHashSet();
        if (differing.Count == 0)
        {
            return Whole(parts, start, season, delimiter);
        }

        // the largest differing part decides the range delimiter; the parts from the first to the last differing one repeat
        var largest = new[] { "year", "month", "day" }.First(differing.Contains);
        var rangeDelimiter = parts.First(p => p.Name == largest).RangeDelimiter ?? "–";
        var first = parts.FindIndex(p => differing.Contains(p.Name));
        var last = parts.FindLastIndex(p => differing.Contains(p.Name));
        if (differing.Contains("year"))
        {
            (first, last) = (0, parts.Count - 1);
        }

        // the parts outside the range once, the range as one piece: "2–4 January 1999", "2 January–4 March 1999"
        var output = new List<Output>();
        for (var i = 0; i < first; i++)
        {
            output.Add(Part(parts[i], start, season));
        }

        var block = new List<Output>();
        for (var i = first; i <= last; i++)
        {
            block.Add(Part(i == last ? parts[i] with { Decoration = parts[i].Decoration with { Suffix = null } } : parts[i], start, season));
        }

        var endBlock = new List<Output>();
        for (var i = first; i <= last; i++)
        {
            endBlock.Add(Part(i == first ? parts[i] with { Decoration = parts[i].Decoration with { Prefix = null } } : parts[i], end, null));
        }

        output.Add(new GroupOutput([Join(block, delimiter), new TextOutput(rangeDelimiter), Join(endBlock, delimiter)], Decoration.None));
        for (var i = last + 1; i < parts.Count; i++)
        {
            output.Add(Part(parts[i], start, season));
        }

        return new GroupOutput(output.Where(o => !o.IsEmpty).ToList(), Decoration.None, delimiter);
    }

    private static GroupOutput Join(List<Output> parts, string? delimiter) => new(parts, Decoration.None, delimiter);

    /// <summary>A single date (or a range whose ends agree): every part of its start.</summary>
    private GroupOutput Whole(IReadOnlyList<DatePartElement> parts, CslDatePart start, int? season, string? delimiter)
    {
        var outputs = new Output[parts.Count];
        for (var i = 0; i < outputs.Length; i++)
        {
            outputs[i] = Part(parts[i], start, season);
        }

        return new GroupOutput(outputs, Decoration.None, delimiter);
    }

    /// <summary>The date-parts to render: the locale's for a localized date (filtered and overridden by the style's), else the style's.</summary>
    private (IReadOnlyList<DatePartElement> Parts, string? Delimiter) Parts(DateElement element)
    {
        if (element.Form is null)
        {
            return (element.Parts, element.Delimiter);
        }

        var merged = context.Locale.Derived(element, () => new LocalizedParts(MergedParts(element)));
        return (merged.Value.Parts, merged.Value.Delimiter);
    }

    private sealed record LocalizedParts((List<DatePartElement> Parts, string? Delimiter) Value);

    /// <summary>A localized date's parts, with the attributes the style's own date parts override.</summary>
    private (List<DatePartElement> Parts, string? Delimiter) MergedParts(DateElement element)
    {

        var localized = context.Locale.Date(element.Form!);
        if (localized is null)
        {
            return ([], null);
        }

        var wanted = element.DateParts switch
        {
            "year" => new[] { "year" },
            "year-month" => ["year", "month"],
            _ => ["year", "month", "day"],
        };
        var parts = localized.Parts.Where(p => wanted.Contains(p.Name)).Select(p =>
        {
            var own = element.Parts.FirstOrDefault(o => o.Name == p.Name);
            if (own is null)
            {
                return p;
            }

            var d = own.Decoration;
            return p with
            {
                Form = own.Form ?? p.Form,
                RangeDelimiter = own.RangeDelimiter ?? p.RangeDelimiter,
                Decoration = p.Decoration with
                {
                    FontStyle = d.FontStyle ?? p.Decoration.FontStyle,
                    FontVariant = d.FontVariant ?? p.Decoration.FontVariant,
                    FontWeight = d.FontWeight ?? p.Decoration.FontWeight,
                    TextDecoration = d.TextDecoration ?? p.Decoration.TextDecoration,
                    VerticalAlign = d.VerticalAlign ?? p.Decoration.VerticalAlign,
                    TextCase = d.TextCase ?? p.Decoration.TextCase,
                    StripPeriods = d.StripPeriods || p.Decoration.StripPeriods,
                },
            };
        }).ToList();

        return (parts, localized.Delimiter);
    }

    private static int? Value(string part, CslDatePart date) => part switch
    {
        "year" => date.Year,
        "month" => date.Month,
        _ => date.Day,
    };

    private Output Part(DatePartElement part, CslDatePart date, int? season)
    {
        var text = part.Name switch
        {
            "year" => Year(date.Year, part.Form),
            "month" => date.Month is >= 13 and <= 16 ? context.Locale.Text($"season-{date.Month - 12:00}")
                : date.Month is { } month ? Month(month, part.Form)
                : season is { } s ? context.Locale.Text($"season-{s:00}") : null,
            _ => date.Day is { } day && date.Month is >= 1 and <= 12 ? Day(day, date.Month.Value, part.Form) : null,
        };
        return text is null ? new TextOutput("") : new GroupOutput([new TextOutput(text)], part.Decoration);
    }

    private string Year(int year, string? form)
    {
        if (year < 0)
        {
            return (-year).ToString(CultureInfo.InvariantCulture) + context.Locale.Text("bc");
        }

        var text = form == "short" ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture);
        return year < 1000 ? text + context.Locale.Text("ad") : text;
    }

    private string Month(int month, string? form) => form switch
    {
        "numeric" => month.ToString(CultureInfo.InvariantCulture),
        "numeric-leading-zeros" => month.ToString("00", CultureInfo.InvariantCulture),
        "short" => context.Locale.Text($"month-{month:00}", "short"),
        _ => context.Locale.Text($"month-{month:00}"),
    };

    /// <summary>The day; an ordinal day agrees with its month's gender ("1er janvier").</summary>
    private string Day(int day, int month, string? form) => form switch
    {
        "numeric-leading-zeros" => day.ToString("00", CultureInfo.InvariantCulture),
        "ordinal" when !context.Locale.LimitDayOrdinalsToDay1 || day == 1 => day.ToString(CultureInfo.InvariantCulture) + context.Locale.OrdinalSuffix(day, context.Locale.GenderOf($"month-{month:00}")),
        _ => day.ToString(CultureInfo.InvariantCulture),
    };
}
