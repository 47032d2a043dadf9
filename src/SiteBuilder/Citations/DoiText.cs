namespace SiteBuilder.Citations;

/// <summary>A DOI as written in the wild ("doi:10.1/x", "https://doi.org/10.1/x", "DOI 10.1/x") reduced to "10.1/x".</summary>
internal static class DoiText
{
    public static string Normalize(string doi)
    {
        var text = doi.Trim();
        var at = text.IndexOf("10.", StringComparison.Ordinal);
        return at > 0 && IsPrefix(text[..at]) ? text[at..] : text;
    }

    private static bool IsPrefix(string prefix)
    {
        var p = prefix.Trim().ToLowerInvariant();
        return p is "doi:" or "doi" or "doi: " || p.EndsWith("doi.org/", StringComparison.Ordinal) || p.EndsWith("dx.doi.org/", StringComparison.Ordinal);
    }
}
