using SiteBuilder.Csl.Data;

namespace SiteBuilder.Citations;

/// <summary>Given names as initials, the way APA and most author-date styles abbreviate them.</summary>
internal static class NameInitials
{
    /// <summary>"Sue M." becomes "S. M.", "R. S. F." stays, "Jean-Paul" becomes "J.-P."; a literal name has none.</summary>
    public static string Initials(this CslName name)
    {
        if (name.IsLiteral || string.IsNullOrWhiteSpace(name.Given))
        {
            return "";
        }

        var parts = name.Given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", parts.Select(p => p.Contains('-')
            ? string.Join("-", p.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(h => h[0] + "."))
            : p[0] + "."));
    }
}
