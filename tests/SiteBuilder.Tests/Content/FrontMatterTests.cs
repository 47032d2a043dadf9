using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Content;

public class FrontMatterTests
{
    [Fact]
    public void Body_keeps_the_front_matter_lines_so_line_numbers_stay_true()
    {
        var file = new SourceFile("a.md", "---\ntitle: A\n---\nBody line\n");
        var split = FrontMatterSplitter.Split(file, new DiagnosticBag());
        var body = FrontMatterSplitter.Body(file.Text);

        Assert.Equal("title: A", split.Yaml);
        Assert.Equal("\n\n\nBody line\n", body);
        Assert.Equal("Body line", body.Split('\n')[3]);
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n")]
    [InlineData("---\ntitle: A\n...\nBody\n")]
    [InlineData("--- \ntitle: A\n---  \nBody\n")]
    [InlineData("---\ntitle: A\n---\u00A0\ntitle: B\n---\nBody\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\nnever closed\n")]
    [InlineData("----\ntitle: A\n---\n")]
    [InlineData("title: A\n---\n")]
    [InlineData("")]
    [InlineData("---\ntitle: “Ä”\n---\nBödy\n")]
    public void Front_matter_read_from_the_bytes_is_the_one_the_whole_text_gives(string text)
    {
        var fromText = FrontMatterSplitter.Split(new SourceFile("a.md", text), new DiagnosticBag());
        var fromBytes = FrontMatterSplitter.Split(SourceFile.FromUtf8("a.md", System.Text.Encoding.UTF8.GetBytes(text)), new DiagnosticBag());

        Assert.Equal(fromText, fromBytes);
        Assert.Equal(FrontMatterSplitter.Body(text), FrontMatterSplitter.Body(SourceFile.FromUtf8("a.md", System.Text.Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Essay_front_matter_reads_dates_lists_and_reports_positions_from_the_file()
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("e.md", "---\ntitle: T\ndate: 2024-02-30\nnocite: [a, b]\n---\n");
        var meta = FrontMatterReader.Read(file, FrontMatterSplitter.Split(file, diagnostics), ContentKind.Essay, diagnostics);

        Assert.Equal(["a", "b"], meta.Nocite);
        Assert.Equal("e.md:3:7: error SB0103: 'date' must be a date written as YYYY-MM-DD, not '2024-02-30'", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2024-12-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-1-05")]
    [InlineData("2024-01-5")]
    [InlineData("24-01-05")]
    [InlineData("2024/01/05")]
    [InlineData("2024-01-05T10:00")]
    [InlineData("２０２４-01-05")]
    [InlineData("'2024-01-05'")]
    public void A_date_is_read_as_the_framework_reads_yyyy_MM_dd(string written)
    {
        // dates written as the format asks are read digit by digit; everything else still goes to the framework
        var expected = DateOnly.TryParseExact(written.Trim('\''), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("e.md", $"---\ntitle: T\ndate: {written}\n---\n");
        var meta = FrontMatterReader.Read(file, FrontMatterSplitter.Split(file, diagnostics), ContentKind.Essay, diagnostics);

        Assert.Equal(expected, meta.Date);
        Assert.Equal(expected is null, diagnostics.HasErrors);
    }

    [Fact]
    public void Pages_may_not_use_essay_keys()
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("p.md", "---\ntitle: T\nnocite: [a]\n---\n");
        FrontMatterReader.Read(file, FrontMatterSplitter.Split(file, diagnostics), ContentKind.Page, diagnostics);

        Assert.Equal("p.md:3:1: error SB0102: unknown key 'nocite' in page front matter", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("When Kindness Turns to Heartbreak: Understanding the Dangers", "when-kindness-turns-to-heartbreak")]
    [InlineData("Café & Crème — Über", "cafe-creme-uber")]
    [InlineData("Someone’s Essay", "someones-essay")]
    public void Slugs_are_lower_case_ascii_words(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromTitle(title));
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("nocite: ['@*']", new[] { "*" })]
    [InlineData("nocite: '@a, @b'", new[] { "a", "b" })]
    [InlineData("nocite: [a, '@b']", new[] { "a", "b" })]
    public void Nocite_is_read_in_pandoc_forms(string line, string[] keys)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("e.md", $"---\ntitle: T\n{line}\n---\n");

        var meta = FrontMatterReader.Read(file, FrontMatterSplitter.Split(file, diagnostics), ContentKind.Essay, diagnostics);

        Assert.Equal(keys, meta.Nocite);
    }
}
