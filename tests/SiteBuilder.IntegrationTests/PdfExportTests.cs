using System.Globalization;
using System.Text;
using SiteBuilder.Checks;
using SiteBuilder.Diagnostics;
using SiteBuilder.Import;
using SiteBuilder.Pdf;
using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace SiteBuilder.IntegrationTests;

/// <summary>The PDF of the real essay, printed by the system's Chromium and read back with PdfPig.</summary>
public partial class PdfExportTests(RealPdf pdf) : IClassFixture<RealPdf>
{
    private const string Title = "When Kindness Turns to Heartbreak: Understanding the Dangers of Unbalanced Love";

    [Fact]
    public void Pdf_has_pages_and_its_metadata()
    {
        using var document = pdf.Open();

        Assert.InRange(document.NumberOfPages, 2, 20);
        Assert.Equal(Title, document.Information.Title);
        Assert.StartsWith("I want to share a personal reflection", document.Information.Subject);
        Assert.Equal("attachment, relationships, emotional labor, boundaries", document.Information.Keywords);
        Assert.Equal("SiteBuilder", document.Information.Creator);
        Assert.Equal("en", document.Structure.Catalog.CatalogDictionary.Data["Lang"].ToString()?.Trim('(', ')'));
        Assert.True(document.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")), "the PDF is tagged");
    }

    [Fact]
    public async Task Printing_the_same_build_again_gives_the_same_bytes()
    {
        await Task.Delay(1100); // Chromium stamps the second it prints: make sure the clock has moved on
        var again = await PdfExport.RunAsync(pdf.Build, Chromium.Path);

        Assert.Equal(pdf.Bytes, Assert.Single(again.Files).Bytes);
        using var document = pdf.Open();
        Assert.Equal("D:19700101000000+00'00'", document.Information.CreationDate); // the build's time: here the default
    }

    [Fact]
    public void Pdf_is_a4_with_a_running_title_from_page_2_and_page_numbers()
    {
        using var document = pdf.Open();
        var first = document.GetPage(1);
        var second = document.GetPage(2);
        string Header(Page page) => string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 60).Select(w => w.Text));

        Assert.InRange(first.Width, 595, 596); // A4 is 210 × 297 mm
        Assert.InRange(first.Height, 841, 842);
        Assert.Contains($"page 1 of {document.NumberOfPages}", Text(first));
        Assert.Equal("", Header(first)); // the title block is the first page's heading
        Assert.Contains("Understanding the Dangers of Unbalanced Love", Header(second));
    }

    [Fact]
    public void A_printed_line_holds_a_classic_measure_of_60_to_75_characters()
    {
        using var document = pdf.Open();

        // the lines of the essay's pages, from the words' positions; a paragraph's short last lines fall below the median
        var lengths = Enumerable.Range(2, 3).Select(document.GetPage)
            .SelectMany(page => page.GetWords()
                .Where(w => w.BoundingBox.Bottom > 60 && w.BoundingBox.Top < page.Height - 60)
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .Select(line => string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Length))
            .Order().ToList();

        Assert.InRange(lengths[lengths.Count / 2], 60, 75);
    }

    [Fact]
    public void No_heading_stands_alone_at_the_foot_of_a_page()
    {
        using var document = pdf.Open();
        var band = 15 / 25.4 * 72;
        var body = document.GetPages().SelectMany(p => p.GetWords()).SelectMany(w => w.Letters).Select(l => l.PointSize).Order().ToList();
        var text = body[body.Count / 2];

        foreach (var page in document.GetPages().SkipLast(1))
        {
            // the last line of the page's text block, outside the running footer
            var words = page.GetWords().Where(w => w.BoundingBox.Bottom > band && w.BoundingBox.Top < page.Height - band).ToList();
            var bottom = words.Min(w => w.BoundingBox.Bottom);
            var last = words.Where(w => Math.Abs(w.BoundingBox.Bottom - bottom) < 2).ToList();
            var isHeading = last.SelectMany(w => w.Letters).All(l => l.PointSize > text * 1.15);
            Assert.False(isHeading, $"page {page.Number} ends with a heading: {string.Join(" ", last.Select(w => w.Text))}");
        }
    }

    [Fact]
    public void The_reading_list_appendix_refers_to_the_references_instead_of_repeating_them()
    {
        using var document = pdf.Open();
        var text = string.Join(" ", document.GetPages().Select(BodyText));
        var appendix = text[text.LastIndexOf("Appendix: Reading list", StringComparison.Ordinal)..];

        Assert.Contains("(in the References)", appendix, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeremy P. Tarcher/Penguin", appendix, StringComparison.Ordinal); // the entry itself stays in the References
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Jeremy P. Tarcher/Penguin"));
    }

    [Fact]
    public void Outline_follows_the_headings_of_the_essay_and_its_appendix()
    {
        using var document = pdf.Open();
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = Flatten(bookmarks.Roots).Select(n => Normalize(n.Title)).ToList();

        Assert.Equal(
            [
                Title, "A Background of Contrasting Values", "Living Under Different Emotional Blueprints", "The Impact of Shared Life Stressors",
                "Erosion of Intimacy Through Miscommunication", "The Tipping Point", "Learning from Unbalanced Love", "Building a Healthier Future Together",
                "In Conclusion", "References", "Appendix: Reading list", "Attachment and how we bond", "Reconnecting through emotional validation",
                "The self within the partnership",
            ],
            titles);
    }

    [Fact]
    public void Every_sentence_of_the_seed_is_in_the_pdf_text()
    {
        var seed = PlainTextEssayParser.Parse(RealSite.SeedPath, File.ReadAllText(RepositoryRoot.Combine(RealSite.SeedPath)), new DiagnosticBag())!;
        using var document = pdf.Open();
        var text = LineBreakAtDash().Replace(Normalize(string.Join(" ", document.GetPages().Select(BodyText))), "");
        foreach (var citation in CitationTexts())
        {
            text = text.Replace(citation, " ", StringComparison.Ordinal); // citation markers aside
        }

        text = FidelityCheck.Normalize(text);

        var missing = seed.Sentences().Where(s => !text.Contains(FidelityCheck.Normalize(s), StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Citations_link_to_their_entries_inside_the_pdf()
    {
        using var document = pdf.Open();
        var links = document.GetPages()
            .SelectMany(p => p.GetAnnotations())
            .Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
            .ToList();

        var internalLinks = links.Count(a => a.AnnotationDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("Dest")) || a.Action is UglyToad.PdfPig.Actions.GoToAction);
        Assert.True(internalLinks >= 7, $"expected a link inside the document for each of the 7 citations, found {internalLinks}");
    }

    /// <summary>The in-text citations as the print layout shows them, longest first.</summary>
    private IEnumerable<string> CitationTexts()
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Assert.Single(pdf.Build.PrintDocuments).Html);
        return html.QuerySelectorAll(".citation").Select(c => Normalize(c.TextContent)).Distinct().OrderByDescending(c => c.Length);
    }

    /// <summary>A line broken before or after a dash or hyphen leaves a space in the extracted text that the sentence does not have.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\w[-–—]) (?=\w)|(?<=\w) (?=[–—]\w)")]
    private static partial System.Text.RegularExpressions.Regex LineBreakAtDash();

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    private static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>The words of a page outside the running header and footer (the top and bottom 15 mm).</summary>
    private static string BodyText(Page page)
    {
        var band = 15 / 25.4 * 72;
        return string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > band && w.BoundingBox.Top < page.Height - band).Select(w => w.Text));
    }

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).Trim();
}
