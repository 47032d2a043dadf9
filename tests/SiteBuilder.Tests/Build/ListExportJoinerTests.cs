using System.Text;
using SiteBuilder.Build;
using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Build;

public class ListExportJoinerTests
{
    private static readonly SourceLocation Origin = SourceLocation.File("content/references.yaml");

    private static Reference Work(int i, string annotation, string title = "A work") => new(
        new CslItem($"work{i}", i % 3 == 0 ? "article-journal" : "book")
        {
            Variables = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["title"] = $"{title} {i}",
                ["container-title"] = "Journal of Care",
                ["page"] = "3–9",
                ["annote"] = annotation,
            },
            Names = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal) { ["author"] = [CslName.Person($"Writer{i}", "Anne")] },
            Dates = new Dictionary<string, CslDate>(StringComparer.Ordinal) { ["issued"] = CslDate.Of(1950 + i) },
        },
        ReadingInfo.None,
        Origin);

    /// <summary>A work's own three files, as the build makes them.</summary>
    private static IReadOnlyList<OutputFile> OwnFiles(Reference work) =>
    [
        OutputFile.FromText("w.bib", BibTeXRenderer.Write([work]), Origin),
        OutputFile.FromText("w.ris", RisRenderer.Write([work]), Origin),
        new OutputFile("w.json", CslJsonRenderer.RenderUtf8([work]), Origin),
    ];

    /// <summary>The list's three files formatted as a whole, which the joined ones must equal.</summary>
    private static string[] Formatted(IReadOnlyList<Reference> works) =>
    [
        Encoding.UTF8.GetString(OutputFile.FromText("l.bib", BibTeXRenderer.Write(works), Origin).Bytes),
        Encoding.UTF8.GetString(OutputFile.FromText("l.ris", RisRenderer.Write(works), Origin).Bytes),
        Encoding.UTF8.GetString(CslJsonRenderer.RenderUtf8(works)),
    ];

    private static string[]? Joined(IReadOnlyList<Reference> works, IReadOnlyList<Reference>? library = null) =>
        new ListExportJoiner((library ?? works).Select(w => (w, OwnFiles(w))))
            .Join("references/references", works, Origin)?.Select(f => Encoding.UTF8.GetString(f.Bytes)).ToArray();

    [Fact]
    public void Joins_the_lists_exports_as_they_are_formatted_whole()
    {
        var works = Enumerable.Range(0, 40).Select(i => Work(i, i % 2 == 0 ? "Plain note." : "Café & “quotes” {braces} 50% — über")).ToList();

        var joined = Joined(works);

        Assert.NotNull(joined);
        Assert.Equal(Formatted(works), joined);
        Assert.Equal(works.Count, joined[2].Split("\"id\":").Length - 1);
    }

    [Fact]
    public void Joins_a_list_in_another_order_and_a_part_of_the_library()
    {
        var library = Enumerable.Range(0, 30).Select(i => Work(i, $"Note {i}.")).ToList();
        var reading = library.Where((_, i) => i % 3 != 1).Reverse().ToList();

        Assert.Equal(Formatted(reading), Joined(reading, library));
    }

    [Theory]
    [InlineData("first line\r\nsecond line")]
    [InlineData("a lone\rreturn")]
    [InlineData("ends with a return\r")]
    public void A_work_whose_text_had_its_line_endings_made_newlines_joins_as_the_whole_list_is_made(string annotation)
    {
        var works = Enumerable.Range(0, 12).Select(i => Work(i, i == 5 ? annotation : $"Note {i}.")).ToList();

        Assert.Equal(Formatted(works), Joined(works));
    }

    [Theory]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("next\u0085line")]
    [InlineData("form\ffeed")]
    public void Leaves_to_the_caller_a_list_with_another_kind_of_line_end(string title)
    {
        // with a carriage return elsewhere in the list, the whole list's text has this line end made '\n' too, and the
        // work's own file does not: the joiner cannot tell, so it declines
        var works = Enumerable.Range(0, 6).Select(i => Work(i, i == 1 ? "a\r\nb" : "Note.", i == 4 ? title : "A work")).ToList();

        Assert.Null(Joined(works));
    }

    [Fact]
    public void Leaves_to_the_caller_a_list_with_a_work_it_has_no_files_for()
    {
        var works = Enumerable.Range(0, 5).Select(i => Work(i, "Note.")).ToList();

        Assert.Null(new ListExportJoiner(works.Take(4).Select(w => (w, OwnFiles(w)))).Join("r", works, Origin));
    }

    [Theory]
    [InlineData("é ü ĩ ũ", false)] // continuation bytes A8/A9/85 in other characters
    [InlineData("\u0085", true)]
    [InlineData("x\u2028", true)]
    [InlineData("\u2029y", true)]
    [InlineData("\f", true)]
    [InlineData("plain\r\n", false)]
    public void Tells_another_kind_of_line_end_in_utf8(string text, bool expected)
    {
        Assert.Equal(expected, ListExportJoiner.HasOtherLineEnd(Encoding.UTF8.GetBytes(text)));
    }
}
