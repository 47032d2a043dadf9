using System.Text;
using SiteBuilder.Output;
using SiteBuilder.Pdf;
using UglyToad.PdfPig;

namespace SiteBuilder.Tests.Pdf;

public class PdfInfoUpdaterTests
{
    /// <summary>A one-page PDF with a classic xref table and an Info dictionary holding only a title, as Chromium writes.</summary>
    private static byte[] MinimalPdf(string info = "<< /Title (Old) /Producer (Skia/PDF) >>")
    {
        var objects = new[]
        {
            info,
            "<< /Type /Catalog /Pages 3 0 R /Lang (en) >>",
            "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n\r\n");
        }

        text.Append($"trailer\n<</Size {objects.Length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    [Fact]
    public void Update_sets_every_field_and_keeps_the_document_readable()
    {
        var metadata = new PdfMetadata("Kindness — “Heartbreak”", "A. Author", "A subject", ["love", "care"], "en");

        var updated = PdfInfoUpdater.Apply(MinimalPdf(), metadata);

        using var document = PdfDocument.Open(updated);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("Kindness — “Heartbreak”", document.Information.Title);
        Assert.Equal("A. Author", document.Information.Author);
        Assert.Equal("A subject", document.Information.Subject);
        Assert.Equal("love, care", document.Information.Keywords);
        Assert.Equal("SiteBuilder", document.Information.Creator);
    }

    [Fact]
    public void Update_appends_to_the_original_bytes()
    {
        var original = MinimalPdf();

        var updated = PdfInfoUpdater.Apply(original, new PdfMetadata("T", null, null, [], "en"));

        Assert.Equal(original, updated[..original.Length]);
        Assert.EndsWith("%%EOF\n", Encoding.Latin1.GetString(updated));
        Assert.Contains($"/Prev {Encoding.Latin1.GetString(original).Split("startxref\n")[1].Split('\n')[0]}", Encoding.Latin1.GetString(updated));
    }

    [Fact]
    public void The_moment_chromium_printed_is_replaced_by_the_build_date_so_the_bytes_are_reproducible()
    {
        static string Info(string time) => $"<< /Title (T) /CreationDate (D:20261126{time}+00'00') /ModDate (D:20261126{time}+00'00') >>";
        var buildDate = new DateTimeOffset(2024, 3, 5, 6, 7, 8, TimeSpan.FromHours(2));
        var metadata = new PdfMetadata("T", null, null, [], "en", buildDate);

        var first = PdfInfoUpdater.Apply(MinimalPdf(Info("183208")), metadata);
        var second = PdfInfoUpdater.Apply(MinimalPdf(Info("183209")), metadata);

        Assert.Equal(first, second);
        Assert.DoesNotContain("D:20261126", Encoding.Latin1.GetString(first));
        using var document = PdfDocument.Open(first);
        Assert.Equal("D:20240305040708+00'00'", document.Information.CreationDate);
        Assert.Equal("D:20240305040708+00'00'", document.Information.ModifiedDate);
    }

    [Fact]
    public void Missing_chromium_is_reported_as_not_found()
    {
        Assert.Null(ChromiumLocator.Find("/no/such/chromium"));
        Assert.Contains("apt-get install chromium", ChromiumLocator.InstallHint);
    }
}
