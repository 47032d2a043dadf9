using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Bibliography;

/// <summary>Turns a parsed YAML document into <see cref="BibNode"/>s, keeping each node's place.</summary>
internal static class YamlBibNodes
{
    /// <summary>From this size on (about 250 entries) a file whose items can be told apart line by line is parsed in parts, on all cores.</summary>
    public const int InPartsFrom = 1 << 16;

    /// <summary>A node of YamlDotNet's tree as a <see cref="BibNode"/>: what <see cref="YamlBibNodeBuilder"/> makes from the events, for a caller that holds a tree.</summary>
    public static BibNode Convert(YamlNode node, YamlSource source) => node switch
    {
        YamlScalarNode scalar => new BibScalar(scalar.Value ?? "", scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded, source.At(scalar.Start)),
        YamlSequenceNode list => new BibList(list.Children.Select(c => Convert(c, source)).ToList(), source.At(list.Start)),
        YamlMappingNode map => new BibMap(
            map.Children.Select(pair => new BibEntry(
                (pair.Key as YamlScalarNode)?.Value ?? "",
                source.At(pair.Key.Start),
                Convert(pair.Value, source))).ToList(),
            source.At(map.Start)),
        _ => new BibScalar("", false, source.At(node.Start)),
    };

    /// <summary>Reads a CSL-YAML file: a mapping with <c>references:</c>, or a bare list of items (as Pandoc also accepts).</summary>
    public static BibNode? Read(string path, string text, DiagnosticBag diagnostics, int inPartsFrom = InPartsFrom) =>
        (text.Length >= inPartsFrom ? YamlItemParts.Read(path, text) : null) ?? ReadWhole(path, text, diagnostics);

    /// <summary>The file parsed as one document, as every file is when it is small or not split cleanly into items.</summary>
    public static BibNode? ReadWhole(string path, string text, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(path, text);
        var (root, failed) = Parse(source, diagnostics);
        return failed ? null : root ?? new BibList([], SourceLocation.File(path));
    }

    /// <summary>The document's value, built from the parser's events (null when empty), or <c>Failed</c> with a diagnostic.</summary>
    public static (BibNode? Root, bool Failed) Parse(YamlSource source, DiagnosticBag diagnostics) =>
        YamlDocumentReader.Read(source, diagnostics, parser => YamlBibNodeBuilder.Build(parser, source));
}
