namespace SiteBuilder.Citations;

/// <summary>A CSL name: family name and given name(s), which may be initials ("R. S. F.").</summary>
public sealed record PersonName(string Family, string? Given)
{
    /// <summary>The given names as initials: "Sue M." becomes "S. M.", "R. S. F." stays.</summary>
    public string Initials()
    {
        if (string.IsNullOrWhiteSpace(Given))
        {
            return "";
        }

        var parts = Given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", parts.Select(p => p.Contains('-')
            ? string.Join("-", p.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(h => h[0] + "."))
            : p[0] + "."));
    }
}
