namespace SiteBuilder.Configuration;

/// <summary>
/// The <c>pdf:</c> block of site.yaml: paper size, page margins (CSS lengths such as "22mm"), and whether
/// the reading list is printed as an appendix.
/// </summary>
public sealed record PdfSettings(string Paper, string MarginTop, string MarginRight, string MarginBottom, string MarginLeft, bool ReadingListAppendix)
{
    public static IReadOnlyList<string> Papers { get; } = ["A4", "Letter"];

    public static PdfSettings Default { get; } = new("A4", "24mm", "20mm", "22mm", "20mm", false);
}
