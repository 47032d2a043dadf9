namespace SiteBuilder.Templates;

/// <summary>The three bibliography exports offered beside a reference or a list, named after a stem.</summary>
internal static class DownloadLinks
{
    public static IReadOnlyList<DownloadModel> For(string folderUrl, string stem) =>
    [
        new("BibTeX", folderUrl + stem + ".bib", stem + ".bib", "application/x-bibtex"),
        new("RIS", folderUrl + stem + ".ris", stem + ".ris", "application/x-research-info-systems"),
        new("CSL-JSON", folderUrl + stem + ".json", stem + ".json", "application/vnd.citationstyles.csl+json"),
    ];
}
