using Microsoft.AspNetCore.StaticFiles;

namespace SiteBuilder.Preview;

/// <summary>The media type of each kind of site file, with text types in UTF-8.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    private static readonly IReadOnlyDictionary<string, string> Ours = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".bib"] = "application/x-bibtex; charset=utf-8",
        [".ris"] = "application/x-research-info-systems; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        if (Ours.TryGetValue(extension, out var type))
        {
            return type;
        }

        return Known.TryGetContentType(path, out var known) ? known : "application/octet-stream";
    }
}
