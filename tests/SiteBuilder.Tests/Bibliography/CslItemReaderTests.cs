using System.Text;
using SiteBuilder.Bibliography;
using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Bibliography;

public class CslItemReaderTests
{
    /// <summary>A library whose entries now and then have something to report: an unknown key, a misspelt name part, no id, a date that is no date.</summary>
    private static string Library(int count)
    {
        var text = new StringBuilder("references:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(i % 211 == 5 ? "- type: book\n" : $"- id: item{i}\n  type: book\n");
            text.Append($"  title: Title {i}\n  author:\n    - family: Writer{i % 50}\n      {(i % 97 == 3 ? "givn" : "given")}: Ann\n");
            text.Append(i % 131 == 7 ? "  issued: sometime\n" : $"  issued: {1900 + (i % 120)}\n");
            if (i % 101 == 9)
            {
                text.Append("  shelf: 4\n");
            }
        }

        return text.ToString();
    }

    [Fact]
    public void A_long_file_read_in_parts_gives_the_references_and_the_findings_read_in_one_go_gives()
    {
        var root = YamlBibNodes.Read("content/references.yaml", Library(3000), new DiagnosticBag())!;
        var (oneGo, inParts) = (new DiagnosticBag(), new DiagnosticBag());

        var whole = new CslItemReader(oneGo).ReadFile(root, inPartsFrom: int.MaxValue);
        var parts = new CslItemReader(inParts).ReadFile(root, inPartsFrom: 1);

        Assert.True(oneGo.ToSortedList().Count > 60, "the library has plenty to report");
        Assert.Equal(oneGo.ToSortedList().Select(d => d.ToString()), inParts.ToSortedList().Select(d => d.ToString()));
        Assert.Equal(CslJsonRenderer.Render(whole), CslJsonRenderer.Render(parts));
        Assert.True(whole.Count > 2900);
    }
}
