namespace SiteBuilder.Configuration;

/// <summary>The typed settings of site.yaml.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    string? Author,
    string Language,
    string BaseUrl,
    string CitationStyle,
    IReadOnlyList<NavItem> Nav,
    PdfSettings Pdf)
{
    /// <summary>The file name the settings are read from, at the root of a site.</summary>
    public const string FileName = "site.yaml";

    /// <summary>The bibliography files named by <c>bibliography:</c> (site paths), with where they were named; empty means the default file.</summary>
    public IReadOnlyList<(string Path, Diagnostics.SourceLocation NamedAt)> Bibliography { get; init; } = [];

    /// <summary>The locale a CSL style formats with: a language tag ("de-DE") or a locale file under styles/; null means the style's or the site's language.</summary>
    public string? CitationLocale { get; init; }

    /// <summary>Where <c>citation_style:</c> is written, for messages about the style file.</summary>
    public Diagnostics.SourceLocation CitationStyleLocation { get; init; } = Diagnostics.SourceLocation.File(FileName);

    /// <summary>Where site.yaml sets base_url (the file itself when it does not).</summary>
    public Diagnostics.SourceLocation BaseUrlLocation { get; init; } = Diagnostics.SourceLocation.File(FileName);

    public static SiteConfig Default { get; } = new("Untitled site", null, null, "en", "/", "apa", [], PdfSettings.Default);
}
