using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void Diagnostic_prints_compiler_style()
    {
        var diagnostic = Diagnostic.Error("SB0301", new SourceLocation("content/essays/x.md", 12, 5), "unknown citation key 'levin2010'");

        Assert.Equal("content/essays/x.md:12:5: error SB0301: unknown citation key 'levin2010'", diagnostic.ToString());
    }

    [Fact]
    public void Bag_sorts_by_file_then_position_and_drops_repeats()
    {
        var bag = new DiagnosticBag();
        bag.Warning("SB2", new SourceLocation("b.md", 1, 1), "w");
        bag.Error("SB1", new SourceLocation("a.md", 9, 1), "late");
        bag.Error("SB1", new SourceLocation("a.md", 2, 1), "early");
        bag.Error("SB1", new SourceLocation("a.md", 2, 1), "early");

        Assert.Equal(["a.md:2:1", "a.md:9:1", "b.md:1:1"], bag.ToSortedList().Select(d => d.Location.ToString()));
        Assert.True(bag.HasErrors);
    }

    [Theory]
    [InlineData("levin2010", "levine2010")]
    [InlineData("titel", "title")]
    [InlineData("completely-different", null)]
    public void Nearest_name_is_suggested_only_when_close(string word, string? expected)
    {
        Assert.Equal(expected, SpellingSuggester.Nearest(word, ["levine2010", "title", "language"]));
    }
}
