using SiteBuilder.Bibliography;
using SiteBuilder.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Tests.Bibliography;

/// <summary>
/// A node of YamlDotNet's tree as a <see cref="BibNode"/>, made independently of the build's event reader: for golden
/// tests that pick cases out of a YAML tree, and as the yardstick the event reader is held to.
/// </summary>
internal static class YamlTreeBibNodes
{
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
}
