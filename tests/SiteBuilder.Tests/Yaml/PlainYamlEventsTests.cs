using SiteBuilder.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Tests.Yaml;

public class PlainYamlEventsTests
{
    /// <summary>Front matter as essays write it: each must be read without YamlDotNet's scanner, into YamlDotNet's tree.</summary>
    public static TheoryData<string> Plain => new()
    {
        "title: \"Tradition and Journal\"\ndate: 2005-04-16\nauthor: \"Tariq Ortiz\"\nkeywords: [cities, religion, reading, ritual]\n",
        "title: \"When Kindness Turns to Heartbreak: Understanding the Dangers of Unbalanced Love\"\ndescription: I want to share a personal reflection, on love.\nsource: \"seeds/000_b197feb57226d70a.txt\"\nkeywords:\n  - attachment\n  - relationships\n  - emotional labor\n",
        "title: Plain title\n",
        "title: 'It''s mine'\nslug: its-mine\n",
        "# a comment first\n\ntitle: A  \n\n   \ndraft: true\nnocite: ['@a', '@b']\n",
        "title: x\nkeywords:\n- one\n- \"two, three\"\n- 'four'\nlayout: page\n",
        "title: Über die Liebe — “quoted” é\ndate: 2020-01-02\nkeywords: [ a , b,c ]\n",
        "title: \"A # not a comment\"\nkeywords: []\ncitation_style: styles/chicago.csl\nbibliography: [refs.yaml, more/refs.bib]\n",
        "title: a-b_c 3.5 it's fine\nlocale: en-GB\n",
        "title: t\nkeywords:\n    - deep\n    - deeper\n",
        "title: a{b} [c] 50% x:y a :b\ncitation-style: 'a'' '\nsubtitle: \"q\"   \n",
        "title: x\n\n\nkeywords:\n\n  - a\n\n  - b\n\n",
        "title: \"\"\nsubtitle: ''\nnote: a\u00A0b\n",
    };

    /// <summary>YAML outside the plain subset: left to YamlDotNet, which reads it (or reports it) as before.</summary>
    public static TheoryData<string> NotPlain => new()
    {
        "title: a # comment\n",
        "title: \"escaped \\\" quote\"\n",
        "title: a\n  continued\n",
        "title: >\n  folded\n",
        "title: &x a\nother: *x\n",
        "title: !tag a\n",
        "title:\tx\n",
        "title: a\ntitle: b\n",
        "title:value\n",
        "title:\ndate: 2020-01-01\n",
        "themes:\n  - name: a\n    keys: [b]\n",
        "title: x\nkeywords:\n  - a\n   - b\n",
        "title: [a, [b]]\n",
        "title: [a, b\n",
        "title: {a: b}\n",
        "- a\n- b\n",
        "just text\n",
        "title: x: y\n",
        "title: -x\n",
        "title: a\r\n",
        "title: 😀\n",
        "title: \"😀\"\n",
        "title: a\u2028b\n",
        "title: \"a\u2029b\"\n",
        "title: 'a\u0085b'\n",
        "title: \"\u0001\"\n",
        "\uFEFFtitle: a\n",
        "---\ntitle: a\n",
        "title: x\nkeywords:\n  - a\n  # a comment\n  - b\n",
        "title: x\nkeywords: [a, b]\n  extra: y\n",
        "",
        "   \n",
    };

    [Fact]
    public void A_key_too_long_for_yaml_is_left_to_yaml_dot_net()
    {
        Assert.Null(PlainYamlEvents.TryRead(new string('k', 1100) + ": x\n"));
        var longest = new string('k', 1000) + ": x\n";
        AssertSameTree(YamlDotNetTree(longest), FastTree(PlainYamlEvents.TryRead(longest)!));
    }

    [Theory]
    [MemberData(nameof(Plain))]
    public void Front_matter_in_the_plain_subset_reads_into_the_tree_and_positions_yaml_dot_net_gives(string text)
    {
        var events = PlainYamlEvents.TryRead(text);

        Assert.NotNull(events);
        AssertSameTree(YamlDotNetTree(text), FastTree(events));
    }

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void Anything_else_is_left_to_yaml_dot_net(string text)
    {
        Assert.Null(PlainYamlEvents.TryRead(text));
    }

    [Fact]
    public void A_front_matter_error_is_still_reported_where_it_is()
    {
        var diagnostics = new SiteBuilder.Diagnostics.DiagnosticBag();
        var map = YamlDocumentReader.ReadMapping(new YamlSource("content/essays/a.md", "title: x\ndate: 2020-13-45\nkeywords: [a, b]\n", 2), diagnostics);

        Assert.NotNull(map);
        Assert.Null(map.Date("date"));
        var diagnostic = Assert.Single(diagnostics.ToSortedList()).ToString();
        Assert.StartsWith("content/essays/a.md:3:7: error ", diagnostic);
        Assert.EndsWith("'date' must be a date written as YYYY-MM-DD, not '2020-13-45'", diagnostic);
    }

    [Fact]
    public void Whatever_it_accepts_of_thousands_of_generated_front_matters_reads_as_yaml_dot_net_reads_it()
    {
        // values made of pieces YAML treats specially, in every position: whatever the plain reader takes must
        // come out as YamlDotNet's tree; what YamlDotNet refuses, it must refuse too
        string[] pieces = ["a", "Word", "x y", " ", ":", ": ", "#", " #", "-", "- ", "'", "''", "\"", "\\", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "?", "é", "—", "2020-01-02", "true", "null", "~", "1.5", "\u00A0", "\u2028", "\u0085", "😀", "\u0007"];
        string[] keys = ["title", "date", "keywords", "a-b", "c_d", "x1"];
        var random = new Random(20261127);
        var accepted = 0;
        for (var n = 0; n < 4000; n++)
        {
            var text = new System.Text.StringBuilder();
            var lines = random.Next(1, 6);
            for (var l = 0; l < lines; l++)
            {
                var key = keys[random.Next(keys.Length)];
                switch (random.Next(6))
                {
                    case 0:
                        text.Append(key).Append(":\n");
                        for (var i = random.Next(0, 4); i > 0; i--)
                        {
                            text.Append(random.Next(3) == 0 ? "" : "  ").Append("- ").Append(Value(random, pieces)).Append('\n');
                        }

                        break;
                    case 1:
                        text.Append(key).Append(": [").Append(string.Join(random.Next(2) == 0 ? ", " : ",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(random, pieces)))).Append("]\n");
                        break;
                    case 2:
                        text.Append(key).Append(": \"").Append(Value(random, pieces)).Append("\"\n");
                        break;
                    case 3:
                        text.Append(key).Append(": '").Append(Value(random, pieces)).Append("'\n");
                        break;
                    default:
                        text.Append(key).Append(": ").Append(Value(random, pieces)).Append(random.Next(8) == 0 ? "\n  more" : "").Append('\n');
                        break;
                }
            }

            var yaml = text.ToString();
            if (PlainYamlEvents.TryRead(yaml) is not { } events)
            {
                continue;
            }

            accepted++;
            YamlNode expected;
            try
            {
                expected = YamlDotNetTree(yaml);
            }
            catch (Exception e)
            {
                Assert.Fail($"accepted what YamlDotNet refuses ({e.Message}): {yaml}");
                throw;
            }

            AssertSameTree(expected, FastTree(events));
        }

        Assert.True(accepted > 400, $"only {accepted} generated texts were plain");
    }

    private static string Value(Random random, string[] pieces) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));

    private static YamlNode YamlDotNetTree(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    private static YamlNode FastTree(List<YamlDotNet.Core.Events.ParsingEvent> events)
    {
        var stream = new YamlStream();
        stream.Load(new PlainYamlEvents.Replay(events));
        return stream.Documents[0].RootNode;
    }

    private static void AssertSameTree(YamlNode expected, YamlNode actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal((expected.Start.Index, expected.Start.Line, expected.Start.Column), (actual.Start.Index, actual.Start.Line, actual.Start.Column));
        switch (expected)
        {
            case YamlScalarNode scalar:
                var other = (YamlScalarNode)actual;
                Assert.Equal(scalar.Value, other.Value);
                Assert.Equal(scalar.Style, other.Style);
                Assert.Equal((scalar.End.Index, scalar.End.Line, scalar.End.Column), (other.End.Index, other.End.Line, other.End.Column));
                break;
            case YamlSequenceNode sequence:
                var items = ((YamlSequenceNode)actual).Children;
                Assert.Equal(sequence.Style, ((YamlSequenceNode)actual).Style);
                Assert.Equal(sequence.Children.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSameTree(sequence.Children[i], items[i]);
                }

                break;
            case YamlMappingNode mapping:
                var entries = ((YamlMappingNode)actual).Children.ToList();
                Assert.Equal(mapping.Children.Count, entries.Count);
                var i2 = 0;
                foreach (var (key, value) in mapping.Children)
                {
                    AssertSameTree(key, entries[i2].Key);
                    AssertSameTree(value, entries[i2].Value);
                    i2++;
                }

                break;
        }
    }
}
