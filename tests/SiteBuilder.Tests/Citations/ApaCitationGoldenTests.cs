using SiteBuilder.Bibliography;
using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Tests.Citations;

/// <summary>
/// APA 7 in-text citations from Fixtures/apa/citations.yaml: each case is a reference list, a citation as written
/// in Markdown, and what the reader sees. The citation is formatted as a document's batch, so suffixes, initials
/// and "et al." are decided within that list, as on the site.
/// </summary>
public class ApaCitationGoldenTests
{
    private static readonly string File = Support.RepositoryRoot.Combine("tests", "SiteBuilder.Tests", "Fixtures", "apa", "citations.yaml");
    private static readonly SourceLocation Here = new("essay.md", 1, 1);

    public static TheoryData<string> Cases() => new(Load().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Citation_follows_apa(string name)
    {
        var (_, items, cite, narrative, expected) = Load().Single(c => c.Name == name);
        var diagnostics = new DiagnosticBag();
        var library = new ReferenceLibrary(new CslItemReader(diagnostics).ReadFile(items));
        var parsed = CitationSyntaxParser.ParseBracketed(cite)!;
        var citation = new Citation(parsed.Select(p => new CitationItem(p.Key, string.IsNullOrEmpty(p.Prefix) ? null : p.Prefix, p.Locator, p.Suffix, p.SuppressAuthor, Here)).ToList(), narrative);

        var result = new CitationProcessor(BuiltInStyles.Apa(), library).Process([citation], [], Here, diagnostics);

        Assert.Empty(diagnostics.ToSortedList()); // a case is a clean item: a warning means the case itself is wrong
        Assert.Equal(expected, Html(result.Citations[0]!));
    }

    private static string Html(FormattedCitation citation) => Support.LocatorSpans.Strip(
        string.Concat(citation.Pieces.Select(p => p.Rich?.ToHtml() ?? System.Net.WebUtility.HtmlEncode(p.Text))));

    private static List<(string Name, BibNode Items, string Cite, bool Narrative, string Expected)> Load()
    {
        var text = System.IO.File.ReadAllText(File);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var source = new YamlSource("citations.yaml", text);
        string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>()
            .Select(c => (
                Scalar(c, "case"),
                SiteBuilder.Tests.Bibliography.YamlTreeBibNodes.Convert(c.Children[new YamlScalarNode("items")], source),
                Scalar(c, "cite"),
                c.Children.ContainsKey(new YamlScalarNode("narrative")),
                Scalar(c, "expected")))
            .ToList();
    }
}
