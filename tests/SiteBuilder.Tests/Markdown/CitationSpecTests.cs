using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Markdown;

/// <summary>Runs the examples of Fixtures/markdown/citations.txt, each named by its line (after Markdig's spec tests).</summary>
public class CitationSpecTests
{
    private static readonly string SpecFile = RepositoryRoot.Combine("tests", "SiteBuilder.Tests", "Fixtures", "markdown", "citations.txt");

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var lines = File.ReadAllLines(SpecFile);
        var start = Array.FindIndex(lines, l => l.Length == 0) + 1;
        var section = new List<string>();
        var sectionStart = start;
        for (var i = start; i < lines.Length; i++)
        {
            if (lines[i] != "~~~")
            {
                section.Add(lines[i]);
                continue;
            }

            var dot = section.IndexOf(".");
            data.Add($"citations.txt:{sectionStart + 1}", string.Join("\n", section.Take(dot)), string.Join("\n", section.Skip(dot + 1)));
            section.Clear();
            sectionStart = i + 1;
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string example, string markdown, string html)
    {
        var library = SiteBuilder.Bibliography.BibliographyReader.Read(
            """
            references:
            - {id: levine2010, type: book, title: Attached, issued: 2010, author: [{family: Levine, given: A.}, {family: Heller, given: R.}]}
            - {id: johnson2008, type: book, title: Hold me tight, issued: 2008, author: [{family: Johnson, given: S. M.}]}
            """, new DiagnosticBag());
        var pipeline = MarkdownPipelineFactory.Create();
        var processor = new CitationProcessor(BuiltInStyles.Apa(), library);
        var parsed = new MarkdownDocumentParser(pipeline).Parse("example.md", markdown, new DiagnosticBag())!;
        var processed = processor.Process(parsed.Citations.Select(c => c.Citation).ToList(), [], SourceLocation.File("example.md"), new DiagnosticBag());
        var formatted = parsed.CitationNodes.Select((node, i) => (Node: node, Text: processed.Citations[i]!)).ToDictionary(x => x.Node, x => x.Text);

        _ = example; // the file and line, which name the case in the test report
        var rendered = new System.Text.StringBuilder();
        MarkdownHtmlRenderer.Render(parsed, pipeline, formatted, rendered);
        Assert.Equal(html, Support.LocatorSpans.Strip(rendered.ToString().TrimEnd('\n')));
    }

    [Fact]
    public void Citation_keys_report_their_true_line_and_column_after_front_matter()
    {
        var parsed = new MarkdownDocumentParser(MarkdownPipelineFactory.Create()).Parse("essay.md", "\n\n\nText here\nand [see @a; @bee, p. 2].\n", new DiagnosticBag())!;
        var items = Assert.Single(parsed.Citations).Citation.Items;

        Assert.Equal(new SourceLocation("essay.md", 5, 10), items[0].Location);
        Assert.Equal(new SourceLocation("essay.md", 5, 14), items[1].Location);
    }

    [Fact]
    public void Excerpt_is_the_sentence_that_holds_the_citation()
    {
        var parsed = new MarkdownDocumentParser(MarkdownPipelineFactory.Create()).Parse("e.md", "First sentence. Second one cites [@a]. Third.", new DiagnosticBag())!;

        Assert.Equal("Second one cites.", Assert.Single(parsed.Citations).Excerpt);
    }
}
