namespace SiteBuilder.Preview;

/// <summary>Turns a request path into the path of a site file, refusing anything that could leave the site.</summary>
public static class RequestPath
{
    /// <summary>
    /// "/references/" becomes "references/index.html". Returns null for a path with "..", ".", a backslash,
    /// a NUL, an empty segment or a drive-like segment, however it was encoded.
    /// </summary>
    public static string? ToSitePath(string decodedPath)
    {
        var path = decodedPath;
        for (var i = 0; i < 3 && path.Contains('%'); i++)
        {
            path = Uri.UnescapeDataString(path); // double-encoded dots and slashes are still dots and slashes
        }

        if (!path.StartsWith('/') || path.Contains('\\') || path.Contains('\0') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var trimmed = path.TrimStart('/');
        var segments = trimmed.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment is "." or ".." || (segment.Length == 0 && !last) || segment.Contains(':'))
            {
                return null;
            }
        }

        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
