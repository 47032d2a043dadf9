using SiteBuilder.Diagnostics;
using SiteBuilder.Import;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Import;

public class SeedImporterTests
{
    private const string SmallEssay = """
        On Small Things: A Study
        Small things matter. They add up over time.
        Why It Matters
        A second paragraph with a “quote” and a dash—like this.
        References
        Doe, J. (2001). A Book of Things. (About things; see pages 1–2.)
        """;

    [Fact]
    public void Small_essay_becomes_front_matter_headings_and_paragraphs()
    {
        var result = SeedImporter.Import("seeds/small.txt", SmallEssay, new DiagnosticBag())!;

        var (path, text) = result.Files[0];
        Assert.Equal("content/essays/on-small-things.md", path);
        Assert.Equal(
            """
            ---
            title: "On Small Things: A Study"
            description: Small things matter.
            source: "seeds/small.txt"
            ---

            Small things matter. They add up over time.

            ## Why It Matters

            A second paragraph with a “quote” and a dash—like this.

            """.ReplaceLineEndings("\n"),
            text);
        Assert.Contains("- id: doe2001\n  type: book\n", result.Files[1].Text);
        Assert.Contains("  reading:\n    pages: 1–2\n", result.Files[1].Text);
    }

    [Fact]
    public void Paragraphs_separated_by_blank_lines_may_wrap_over_several_lines()
    {
        var essay = PlainTextEssayParser.Parse("s.txt", "Title\n\nFirst line of a paragraph\nthat wraps here.\n\nShort Heading\n\nAnother paragraph.\n", new DiagnosticBag())!;

        Assert.Equal(
            [(false, "First line of a paragraph that wraps here."), (true, "Short Heading"), (false, "Another paragraph.")],
            essay.Blocks.Select(b => (b.IsHeading, b.Text)));
    }

    [Fact]
    public void Markdown_characters_in_the_text_are_escaped()
    {
        Assert.Equal("Mail me\\@home, use \\*stars\\* and \\[brackets\\]", MarkdownEscaper.Escape("Mail me@home, use *stars* and [brackets]"));
        Assert.Equal("\\# not a heading", MarkdownEscaper.Escape("# not a heading"));
    }

    [Fact]
    public void Unreadable_reference_line_is_reported_at_its_line()
    {
        var diagnostics = new DiagnosticBag();
        SeedImporter.Import("seeds/s.txt", "Title\nA paragraph.\nReferences\nNo year here.\n", diagnostics);

        Assert.Equal("seeds/s.txt:4:1: error SB0601: cannot read this reference: expected 'Authors (Year). Title. …'", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void Importing_the_seed_twice_gives_identical_files()
    {
        var seed = File.ReadAllText(RepositoryRoot.Combine("seeds", "000_b197feb57226d70a.txt"));

        var first = SeedImporter.Import("seeds/000_b197feb57226d70a.txt", seed, new DiagnosticBag())!;
        var second = SeedImporter.Import("seeds/000_b197feb57226d70a.txt", seed, new DiagnosticBag())!;

        Assert.Equal(first.Files, second.Files);
    }

    [Fact]
    public void Seed_yields_five_references_and_every_heading_of_the_essay()
    {
        var diagnostics = new DiagnosticBag();
        var seed = File.ReadAllText(RepositoryRoot.Combine("seeds", "000_b197feb57226d70a.txt"));
        var essay = PlainTextEssayParser.Parse("seed", seed, diagnostics)!;
        var result = SeedImporter.Import("seeds/000_b197feb57226d70a.txt", seed, diagnostics)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("When Kindness Turns to Heartbreak: Understanding the Dangers of Unbalanced Love", essay.Title);
        Assert.Equal(8, essay.Blocks.Count(b => b.IsHeading));
        Assert.Equal(15, essay.Blocks.Count(b => !b.IsHeading));
        Assert.Equal(["levine2010", "johnson2008", "schnarch1997", "lerner1995", "bartholomew1991"], result.Files[1].Text.Split('\n').Where(l => l.StartsWith("- id: ", StringComparison.Ordinal)).Select(l => l[6..]));
    }
}
