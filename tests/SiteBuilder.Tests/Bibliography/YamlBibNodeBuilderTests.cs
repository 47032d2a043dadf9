using SiteBuilder.Bibliography;
using SiteBuilder.Diagnostics;
using SiteBuilder.Tests.Support;
using SiteBuilder.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Tests.Bibliography;

/// <summary>The nodes built from the parser's events are the ones YamlDotNet's tree gives, values, kinds and places.</summary>
public class YamlBibNodeBuilderTests
{
    public static TheoryData<string> Documents => new()
    {
        "- id: a\n  title: Plain\n",
        "references:\n  - id: a\n    title: 'single'\n    note: \"double \\u2014 escaped\"\n",
        "- id: a\n  abstract: |\n    Literal\n    lines\n  note: >\n    Folded\n    lines\n",
        "- {id: a, issued: {date-parts: [[2010, 3]]}, author: [{family: Smith, given: J.}]}\n",
        "- id: a\n  publisher: &press Oxford University Press\n- id: b\n  publisher: *press\n",
        "- id: a\n  author: &people\n    - family: Smith\n- id: b\n  author: *people\n",
        "# only a comment\n",
        "---\n- id: a\n...\n---\n- id: b\n",
        "- id: 2010\n  volume: 12\n  empty:\n  tilde: ~\n  flag: true\n",
        "  - id: indented\n    title: \"a “quoted” word\"\n",
        "- ? id\n  : complex key\n",
        "- !custom id: tagged\n  title: !!str 12\n",
        "x",
        "[]",
        "- id: a\r\n  title: crlf\r\n",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_events_give_the_tree_s_nodes(string yaml)
    {
        var source = new YamlSource("content/references.yaml", yaml, 3);
        var (tree, treeFailed) = YamlDocumentReader.ReadNode(source, new DiagnosticBag());
        var (built, failed) = YamlBibNodes.Parse(source, new DiagnosticBag());

        Assert.False(treeFailed);
        Assert.False(failed);
        Assert.Equal(tree is null ? null : BibNodeText.Describe(YamlTreeBibNodes.Convert(tree, source)), built is null ? null : BibNodeText.Describe(built));
    }

    [Theory]
    [InlineData("- id: a\n  title: \"never closed\n")]
    [InlineData("- id: a\n  issued: {date-parts: [[2010]]\n")]
    [InlineData("- id: a\n\ttitle: tab\n")]
    [InlineData("- id: a\n  title: x\n title: y\n")]
    public void Invalid_yaml_gives_the_same_diagnostic_as_the_tree(string yaml)
    {
        var source = new YamlSource("content/references.yaml", yaml);
        var expected = new DiagnosticBag();
        var actual = new DiagnosticBag();

        YamlDocumentReader.ReadNode(source, expected);
        var (_, failed) = YamlBibNodes.Parse(source, actual);

        Assert.True(failed);
        Assert.Equal(Locations(expected), Locations(actual));
    }

    [Fact]
    public void A_key_written_twice_is_reported_at_its_second_place()
    {
        var diagnostics = new DiagnosticBag();

        var (_, failed) = YamlBibNodes.Parse(new YamlSource("content/references.yaml", "- id: a\n  title: One\n  title: Two\n"), diagnostics);

        Assert.True(failed);
        Assert.Equal("content/references.yaml:3:3: error SB0101: invalid YAML: the key 'title' is written twice in this mapping", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_an_error_not_a_loop()
    {
        var diagnostics = new DiagnosticBag();

        var (_, failed) = YamlBibNodes.Parse(new YamlSource("content/references.yaml", "- &loop\n  id: a\n  self: *loop\n"), diagnostics);

        Assert.True(failed);
        Assert.StartsWith("content/references.yaml:3:9: error SB0101: invalid YAML: the alias '*loop'", Assert.Single(diagnostics.ToSortedList()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_to_no_anchor_is_reported_where_it_is_written()
    {
        // (YamlDotNet's tree reports it at the start of the file)
        var diagnostics = new DiagnosticBag();

        var (_, failed) = YamlBibNodes.Parse(new YamlSource("content/references.yaml", "- id: a\n  publisher: *press\n"), diagnostics);

        Assert.True(failed);
        Assert.Equal("content/references.yaml:2:14: error SB0101: invalid YAML: the alias '*press' names no anchor before it ('&press')", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    private static List<string> Locations(DiagnosticBag bag) =>
        bag.ToSortedList().Select(d => $"{d.Location} {d.Code}").ToList();

    [Fact]
    public void The_repository_s_library_reads_the_same_both_ways()
    {
        var path = RepositoryRoot.Combine("content", "references.yaml");
        var source = new YamlSource("content/references.yaml", File.ReadAllText(path));

        var (tree, _) = YamlDocumentReader.ReadNode(source, new DiagnosticBag());
        var (built, _) = YamlBibNodes.Parse(source, new DiagnosticBag());

        Assert.Equal(BibNodeText.Describe(YamlTreeBibNodes.Convert((YamlNode)tree!, source)), BibNodeText.Describe(built!));
    }
}
