using SiteBuilder.Bibliography;
using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Tests.Citations;

/// <summary>
/// APA 7 entries from Fixtures/apa/entries.yaml: each case is one CSL item, read as the site reads it, and the
/// entry the Publication Manual's rules give for it. Adding a case needs no code.
/// </summary>
public class ApaGoldenTests
{
    private static readonly string File = Support.RepositoryRoot.Combine("tests", "SiteBuilder.Tests", "Fixtures", "apa", "entries.yaml");

    public static TheoryData<string> Cases() => new(Load().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Entry_follows_apa(string name)
    {
        var (_, item, expected) = Load().Single(c => c.Name == name);
        var diagnostics = new DiagnosticBag();
        var reference = Assert.Single(new CslItemReader(diagnostics).ReadFile(new BibList([item], item.Location)));
        var style = BuiltInStyles.Apa();

        var entry = style.FormatEntry(reference, style.YearLabels([reference])[reference.Id]).ToHtml();

        Assert.Empty(diagnostics.ToSortedList()); // a case is a clean item: a warning means the case itself is wrong
        Assert.Equal(expected, entry);
    }

    private static List<(string Name, BibNode Item, string Entry)> Load()
    {
        var text = System.IO.File.ReadAllText(File);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var source = new YamlSource("entries.yaml", text);
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>()
            .Select(c => (
                ((YamlScalarNode)c.Children[new YamlScalarNode("case")]).Value!,
                SiteBuilder.Tests.Bibliography.YamlTreeBibNodes.Convert(c.Children[new YamlScalarNode("item")], source),
                ((YamlScalarNode)c.Children[new YamlScalarNode("entry")]).Value!))
            .ToList();
    }
}
