namespace SiteBuilder.Csl.Data;

/// <summary>One end of a CSL date: a year (negative before the common era), and an optional month and day.</summary>
public sealed record CslDatePart(int Year, int? Month = null, int? Day = null);

/// <summary>
/// A CSL date: one part or a range of two, with a season (1 spring to 4 winter), "circa", or a literal text
/// that is shown as it is. <see cref="Raw"/> keeps what the file said when it was a string.
/// </summary>
public sealed record CslDate
{
    public IReadOnlyList<CslDatePart> Parts { get; init; } = [];

    public int? Season { get; init; }

    /// <summary>A season written out ("Spring", "Michaelmas term").</summary>
    public string? SeasonText { get; init; }

    public bool Circa { get; init; }

    public string? Literal { get; init; }

    public string? Raw { get; init; }

    public int? Year => Parts.Count > 0 ? Parts[0].Year : null;

    public bool IsRange => Parts.Count > 1;

    public static CslDate Of(int year, int? month = null, int? day = null) => new() { Parts = [new CslDatePart(year, month, day)] };
}
