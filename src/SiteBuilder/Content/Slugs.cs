using System.Globalization;
using System.Text;

namespace SiteBuilder.Content;

/// <summary>Makes URL slugs from titles: lower case ASCII letters and digits joined by hyphens.</summary>
public static class Slugs
{
    /// <summary>"When Kindness Turns to Heartbreak: Understanding …" becomes "when-kindness-turns-to-heartbreak"; the part before a colon is the short title.</summary>
    public static string FromTitle(string title)
    {
        var colon = title.IndexOf(':');
        var main = colon > 0 ? title[..colon] : title;
        return FromText(main);
    }

    public static string FromText(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
