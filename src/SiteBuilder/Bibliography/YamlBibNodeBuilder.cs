using SiteBuilder.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Builds <see cref="BibNode"/>s straight from the parser's events, as <see cref="YamlBibNodes.Convert"/> makes them
/// from YamlDotNet's node tree, without building that tree first: for a large library the tree was a third of
/// what reading it allocated. The first document is the value (later ones are parsed, so their errors are still
/// reported); an alias stands for its anchor's node; a key written twice in one mapping is an error, as it is to
/// YamlDotNet's tree.
/// </summary>
internal sealed class YamlBibNodeBuilder
{
    private readonly IParser parser;
    private readonly YamlSource source;
    private readonly Dictionary<string, BibNode> anchors = new(StringComparer.Ordinal);

    private YamlBibNodeBuilder(IParser parser, YamlSource source)
    {
        this.parser = parser;
        this.source = source;
    }

    /// <summary>The first document's value, or null when the stream holds no document.</summary>
    public static BibNode? Build(IParser parser, YamlSource source)
    {
        var builder = new YamlBibNodeBuilder(parser, source);
        parser.Consume<StreamStart>();
        BibNode? root = null;
        var first = true;
        while (parser.TryConsume<DocumentStart>(out _))
        {
            builder.anchors.Clear(); // an anchor belongs to its document
            var node = builder.Node();
            parser.Consume<DocumentEnd>();
            if (first)
            {
                root = node;
                first = false;
            }
        }

        parser.Consume<StreamEnd>();
        return root;
    }

    private BibNode Node()
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var anchored)
                ? anchored
                : throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value.Value}' names no anchor before it ('&{alias.Value.Value}')");
        }

        BibNode node;
        NodeEvent opening;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            opening = scalar;
            node = new BibScalar(scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded, source.At(scalar.Start));
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            opening = sequence;
            var items = new List<BibNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Node());
            }

            node = new BibList(items, source.At(sequence.Start));
        }
        else
        {
            var mapping = parser.Consume<MappingStart>();
            opening = mapping;
            node = new BibMap(Entries(), source.At(mapping.Start));
        }

        if (!opening.Anchor.IsEmpty)
        {
            anchors[opening.Anchor.Value] = node;
        }

        return node;
    }

    private List<BibEntry> Entries()
    {
        var entries = new List<BibEntry>();
        HashSet<string>? keys = null;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var at = parser.Current!;
            var key = Node();
            var text = (key as BibScalar)?.Value ?? "";
            if (key is BibScalar && !(keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(text))
            {
                throw new YamlException(at.Start, at.End, $"the key '{text}' is written twice in this mapping");
            }

            entries.Add(new BibEntry(text, key.Location, Node()));
        }

        return entries;
    }
}
