namespace SiteBuilder.Output;

/// <summary>The media type of each kind of site file, with text types in UTF-8; one table for the preview server and the PDF printer.</summary>
public static class MediaTypes
{
    private static readonly IReadOnlyDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
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
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
    };

    public static string For(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path)) ?? "application/octet-stream";
}
