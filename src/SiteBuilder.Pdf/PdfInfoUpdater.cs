using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteBuilder.Output;

namespace SiteBuilder.Pdf;

/// <summary>
/// Sets a PDF's document information (Title, Author, Subject, Keywords, Creator) by appending an incremental
/// update: a new Info dictionary, an xref section for it and a trailer pointing back at the original.
/// Chromium writes only the title, so this fills in the rest. Chromium also stamps the moment it printed as the
/// creation and modification dates; those are overwritten in place (same length, so no offset moves) with the
/// build's date, which makes the file reproducible.
/// </summary>
public static partial class PdfInfoUpdater
{
    public static byte[] Apply(byte[] pdf, PdfMetadata metadata)
    {
        pdf = StampDates(pdf, PdfDate(metadata.Date));
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 4096), Math.Min(4096, pdf.Length));
        var startXref = StartXref().Matches(tail).LastOrDefault()
            ?? throw new InvalidOperationException("not a PDF: no startxref");
        var trailer = Trailer().Matches(tail).LastOrDefault()
            ?? throw new InvalidOperationException("the PDF has no classic trailer to update");
        var dictionary = trailer.Groups["dict"].Value;
        var size = int.Parse(Size().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = Root().Match(dictionary).Groups[1].Value;
        var id = Id().Match(dictionary);

        var update = new StringBuilder();
        update.Append('\n');
        var objectOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{size} 0 obj\n{InfoDictionary(metadata)}\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{size} 1\n{objectOffset:D10} 00000 n\r\n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 1} /Root {root} /Info {size} 0 R /Prev {startXref.Groups[1].Value}{(id.Success ? " " + id.Value : "")} >>\n");
        update.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    private static string InfoDictionary(PdfMetadata metadata)
    {
        var entries = new List<(string Key, string? Value)>
        {
            ("Title", metadata.Title),
            ("Author", metadata.Author),
            ("Subject", metadata.Subject),
            ("Keywords", metadata.Keywords.Count == 0 ? null : string.Join(", ", metadata.Keywords)),
            ("Creator", "SiteBuilder"),
            ("Producer", "SiteBuilder with Chromium"),
        };
        var date = PdfDate(metadata.Date);
        var dates = $"/CreationDate ({date}) /ModDate ({date}) ";
        return "<< " + string.Concat(entries.Where(e => !string.IsNullOrWhiteSpace(e.Value)).Select(e => $"/{e.Key} {TextString(e.Value!)} ")) + dates + ">>";
    }

    /// <summary>A PDF date in UTC, D:YYYYMMDDHHmmSS+00'00', the length Chromium writes.</summary>
    internal static string PdfDate(DateTimeOffset date) =>
        "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";

    /// <summary>Every /CreationDate and /ModDate whose literal is as long as <paramref name="date"/>, rewritten to it in a copy.</summary>
    private static byte[] StampDates(byte[] pdf, string date)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var copy = pdf;
        foreach (Match stamp in DateEntry().Matches(text))
        {
            var value = stamp.Groups["value"];
            if (value.Length != date.Length)
            {
                continue;
            }

            copy = copy == pdf ? (byte[])pdf.Clone() : copy;
            Encoding.Latin1.GetBytes(date, 0, date.Length, copy, value.Index);
        }

        return copy;
    }

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\((?<value>D:[0-9]{14}[^)]{0,7})\)")]
    private static partial Regex DateEntry();

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, written in hex so any character is safe.</summary>
    internal static string TextString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"trailer\s*<<(?<dict>.*?)>>\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex Root();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex Id();
}
