using System.Text;
using SiteBuilder.Bibliography;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Bibliography;

public class YamlItemPartsTests
{
    /// <summary>A library of <paramref name="count"/> entries in many of the ways YAML allows one to be written.</summary>
    private static string Library(int count, bool underKey, int indent, bool opened = false, bool ended = false)
    {
        var pad = new string(' ', indent);
        var text = new StringBuilder("# a library\n\n");
        if (opened)
        {
            text.Append("---\n");
        }

        if (underKey)
        {
            text.Append("references:\n");
        }

        for (var i = 0; i < count; i++)
        {
            text.Append(pad).Append("- id: item").Append(i).Append('\n');
            text.Append(pad).Append("  type: ").Append(i % 3 == 0 ? "book" : "article-journal").Append('\n');
            text.Append(pad).Append("  title: \"Title ").Append(i).Append(": a “quoted” word\"\n");
            text.Append(pad).Append("  author:\n").Append(pad).Append("    - family: Smith\n").Append(pad).Append("      given: Jane\n");
            text.Append(pad).Append("  issued: {date-parts: [[").Append(1900 + (i % 120)).Append("]]}\n");
            if (i % 5 == 0)
            {
                text.Append(pad).Append("  annote: |\n").Append(pad).Append("    A note over\n").Append(pad).Append("    - two lines, one like an item\n");
            }

            if (i % 7 == 0)
            {
                text.Append("\n# a comment between entries\n");
            }
        }

        return ended ? text.Append("...\n# after the end\n").ToString() : text.ToString();
    }

    [Theory]
    [InlineData(false, 0, false)]
    [InlineData(true, 0, false)]
    [InlineData(true, 2, false)]
    [InlineData(true, 0, true)] // document markers open and end the file, as Pandoc writes it
    [InlineData(false, 0, true)]
    [InlineData(true, 2, true)]
    public void A_library_read_in_parts_is_the_one_read_whole(bool underKey, int indent, bool marked)
    {
        var text = Library(1200, underKey, indent, opened: marked, ended: marked);

        var whole = YamlBibNodes.ReadWhole("content/references.yaml", text, new DiagnosticBag());
        var parts = YamlItemParts.Read("content/references.yaml", text);

        Assert.NotNull(parts);
        Assert.Equal(BibNodeText.Describe(whole!), BibNodeText.Describe(parts));
    }

    [Theory]
    [InlineData("other: x\n")] // a second key
    [InlineData("---\n")] // a document marker after the items: a second document
    [InlineData("...\n- id: after\n")] // items after the document's end
    [InlineData("- id: alias\n  title: *shared\n")] // an alias to an anchor in another part
    [InlineData("- id: broken\n  title: \"never closed\n")] // an error
    public void A_library_that_does_not_part_cleanly_is_read_whole(string tail)
    {
        var text = Library(1200, underKey: false, indent: 0).Replace("- id: item0\n", "- id: item0\n  note: &shared Anchored\n", StringComparison.Ordinal) + tail;

        Assert.Null(YamlItemParts.Read("content/references.yaml", text));
        var diagnostics = new DiagnosticBag();
        var expected = new DiagnosticBag();
        YamlBibNodes.Read("content/references.yaml", text, diagnostics, inPartsFrom: 0);
        YamlBibNodes.ReadWhole("content/references.yaml", text, expected);
        Assert.Equal(expected.ToSortedList().Select(d => d.ToString()), diagnostics.ToSortedList().Select(d => d.ToString()));
    }
}
