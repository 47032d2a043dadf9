namespace SiteBuilder.Output;

/// <summary>Turns the site-root URLs that templates and Markdown write ("/references/x/") into the URLs a page links with.</summary>
public static partial class SiteUrls
{
    /// <summary>The page that servers answer unknown addresses with; its URLs start from the base path.</summary>
    public const string NotFoundPage = "404.html";

    /// <summary>Whether a URL is written from the site root (and so is rewritten), as opposed to relative or external.</summary>
    public static bool IsSiteRoot(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The URL as the page at <paramref name="pagePath"/> writes it: relative, or from the base path on the 404 page.</summary>
    public static string ForPage(string pagePath, string url, string basePath) =>
        pagePath == NotFoundPage ? basePath + url.TrimStart('/') : MakeRelative(pagePath, url);

    /// <summary>The relative URL from the page file <paramref name="pagePath"/> to the site-root URL <paramref name="url"/>.</summary>
    public static string MakeRelative(string pagePath, string url)
    {
        var cut = url.AsSpan().IndexOfAny('#', '?');
        var path = cut < 0 ? url.AsSpan() : url.AsSpan(0, cut);
        var tail = cut < 0 ? ReadOnlySpan<char>.Empty : url.AsSpan(cut);
        path = path.TrimStart('/');
        var index = path.Length == 0 || path[^1] == '/';
        var pageDir = pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1); // "essays/x/" or ""
        if (tail.Length > 0 && tail[0] == '#' && IsSamePage(pagePath, path, index))
        {
            return tail.ToString();
        }

        // The longest common run of whole folders, then one "../" for each folder of the page beyond it.
        var common = 0;
        for (var i = 0; i < pageDir.Length && i < path.Length && pageDir[i] == path[i]; i++)
        {
            if (pageDir[i] == '/')
            {
                common = i + 1;
            }
        }

        var ups = pageDir[common..].Count('/');
        var rest = path[common..];
        // written straight into the string's own length: every page resolves a few dozen of these
        var length = (ups * 3) + rest.Length + (index ? IndexFile.Length : 0) + tail.Length;
        var text = length <= 512 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var i = 0; i < ups; i++)
        {
            "../".CopyTo(text[at..]);
            at += 3;
        }

        rest.CopyTo(text[at..]);
        at += rest.Length;
        if (index)
        {
            IndexFile.CopyTo(text[at..]);
            at += IndexFile.Length;
        }

        tail.CopyTo(text[at..]);
        return new string(text);
    }

    private const string IndexFile = "index.html";

    private static bool IsSamePage(string pagePath, ReadOnlySpan<char> path, bool index) =>
        index
            ? pagePath.Length == path.Length + "index.html".Length && pagePath.AsSpan().StartsWith(path) && pagePath.EndsWith("index.html", StringComparison.Ordinal)
            : pagePath.AsSpan().SequenceEqual(path);

    /// <summary>Whether a URL leaves the site: it has a scheme (https:, mailto:) or starts with "//".</summary>
    public static bool IsExternal(string url) => HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Whether the URL starts with a scheme and its colon: a letter, then letters, digits, '+', '.' or '-' (RFC 3986).</summary>
    private static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }

        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The site path a relative URL points to from a page (empty for a same-page fragment), and its fragment.</summary>
    /// <remarks>Links are checked as the templates and Markdown wrote them, before the base path is added: a
    /// root-relative link is a site path, even when the base path has a folder's name ("/essays/" for a site that
    /// has essays/).</remarks>
    public static (string Path, string Fragment) Resolve(string pagePath, string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];
        if (path.Length == 0)
        {
            return ("", fragment);
        }

        var segments = path.StartsWith('/') ? new List<string>() : pagePath.Split('/').SkipLast(1).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(Uri.UnescapeDataString(segment));
            }
        }

        var resolved = string.Join('/', segments);
        return (path.EndsWith('/') || resolved.Length == 0 ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved, fragment);
    }
}
