using System.Text;
using SiteBuilder.Bibliography;
using SiteBuilder.Diagnostics;
using SiteBuilder.Tests.Support;
using SiteBuilder.Yaml;

namespace SiteBuilder.Tests.Bibliography;

/// <summary>The block-style reader gives YamlDotNet's nodes and places, or declines: it never reads YAML otherwise.</summary>
public class BlockYamlBibReaderTests
{
    /// <summary>Libraries in the block style the reader takes.</summary>
    public static TheoryData<string> InTheSubset => new()
    {
        "- id: a\n  title: Plain\n",
        "references:\n- id: a\n  type: book\n",
        "references:\n  - id: a\n    author:\n      - family: Smith\n        given: J.\n",
        "- id: johnson2008\n  type: book\n  author:\n  - family: Johnson\n    given: S. M.\n  issued:\n    date-parts:\n    - [2008]\n  title: \"Hold me tight: Seven conversations\"\n  publisher: Little, Brown\n",
        "---\n- id: a\n  title: 'It''s'\n...\n",
        "# a library\n\n- id: a\n\n  # between\n  title: x\n",
        "- id: a\n  issued:\n    date-parts: [[2010, 3, 1], [2011]]\n",
        "- id: a\n  keyword: []\n  note: [ a ,  \"b\" , 'c' ]\n",
        "  - id: indented\n    title: \"a “quoted” word — é\"\n  - id: b\n    volume: 12\n",
        "- id: a\n  reading:\n    theme: self\n    order: 1\n    pages: 100–120\n- id: b\n",
        "- id: a\n  flag: true\n  none: null\n  tilde: ~\n",
        "- id: a\n  title: a{b} [c] 50% x:y\n  URL: https://example.org/a?b=c#d\n",
        "- id: a\n  author:\n      - family: A\n      - family: B\n  editor:\n  - literal: Committee\n",
        "references:\n- id: a\n- id: b\n...\n# after the end\n",
        "- [2008]\n- [[1, 2], []]\n- x\n",
        "id: a\ntitle: t\n",
    };

    /// <summary>YAML the reader leaves to YamlDotNet (which reads it, or reports it, as before).</summary>
    public static TheoryData<string> OutsideTheSubset => new()
    {
        "- id: a\n  title: a # comment\n",
        "- id: a\n  title: \"escaped \\\" quote\"\n",
        "- id: a\n  title: a\n    continued\n",
        "- id: a\n  abstract: |\n    literal\n",
        "- id: a\n  publisher: &p Oxford\n- id: b\n  publisher: *p\n",
        "- id: a\n  title: !!str 12\n",
        "- id: a\n\ttitle: tab\n",
        "- id: a\n  title: x\n  title: y\n",
        "- id: a\n  title:\n- id: b\n",
        "- {id: a}\n",
        "- id: a\n  issued: {date-parts: [[2010]]}\n",
        "- id: a\n  note: [a, b\n",
        "- - a\n",
        "-\n  id: a\n",
        "- id: a\n title: x\n",
        "- id: a\n  title: x\n - id: b\n",
        "---\n- id: a\n---\n- id: b\n",
        "--- - id: a\n",
        "- id: a\n...\n- id: b\n",
        "- id: a\r\n",
        "- id: 😀\n",
        "- id: a\n  title: x: z\n",
        "- id: a\n  \"quoted key\": x\n",
        "- id: a\n  title: [a, {b: c}]\n",
        "",
        "  \n# only a comment\n",
        "x",
    };

    [Theory]
    [MemberData(nameof(InTheSubset))]
    public void A_library_in_the_block_style_is_read_into_yaml_dot_net_s_nodes_and_places(string yaml)
    {
        var source = new YamlSource("content/references.yaml", yaml, 3);

        var read = BlockYamlBibReader.TryRead(source);

        Assert.NotNull(read);
        Assert.Equal(YamlDotNetNodes(source), BibNodeText.Describe(read));
    }

    [Theory]
    [MemberData(nameof(OutsideTheSubset))]
    public void Yaml_outside_the_block_style_is_left_to_yaml_dot_net(string yaml)
    {
        var source = new YamlSource("content/references.yaml", yaml);

        Assert.Null(BlockYamlBibReader.TryRead(source));
        var (viaParse, parseFailed) = YamlBibNodes.Parse(source, new DiagnosticBag());
        var (viaYamlDotNet, failed) = YamlBibNodes.ParseWithYamlDotNet(source, new DiagnosticBag());
        Assert.Equal(failed, parseFailed);
        Assert.Equal(viaYamlDotNet is null ? null : BibNodeText.Describe(viaYamlDotNet), viaParse is null ? null : BibNodeText.Describe(viaParse));
    }

    [Fact]
    public void This_repository_s_library_is_read_in_the_block_style()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("content", "references.yaml"));
        var source = new YamlSource("content/references.yaml", text);

        var read = BlockYamlBibReader.TryRead(source);

        Assert.NotNull(read);
        Assert.Equal(YamlDotNetNodes(source), BibNodeText.Describe(read));
    }

    /// <summary>
    /// Generated libraries in many layouts, and each of them with YAML's syntax characters dropped in at random places:
    /// whatever the reader reads is exactly what YamlDotNet reads, and it reads nothing that YamlDotNet refuses.
    /// </summary>
    [Fact]
    public void Whatever_the_reader_reads_yaml_dot_net_reads_alike()
    {
        var random = new Random(20261127);
        var read = 0;
        var mutatedRead = 0;
        for (var library = 0; library < 300; library++)
        {
            var yaml = Library(random);
            var source = new YamlSource("refs.yaml", yaml, 1 + random.Next(3));
            var fast = BlockYamlBibReader.TryRead(source);
            Assert.True(fast is not null, "a generated library in the block style was declined:\n" + yaml);
            Assert.Equal(YamlDotNetNodes(source), BibNodeText.Describe(fast));
            read++;

            for (var mutation = 0; mutation < 40; mutation++)
            {
                var mutated = Mutate(yaml, random);
                var mutatedSource = new YamlSource("refs.yaml", mutated);
                if (BlockYamlBibReader.TryRead(mutatedSource) is not { } node)
                {
                    continue;
                }

                var (expected, failed) = YamlBibNodes.ParseWithYamlDotNet(mutatedSource, new DiagnosticBag());
                Assert.False(failed, "the reader read YAML that YamlDotNet refuses:\n" + mutated);
                Assert.Equal(expected is null ? null : BibNodeText.Describe(expected), BibNodeText.Describe(node));
                mutatedRead++;
            }
        }

        Assert.Equal(300, read);
        Assert.True(mutatedRead > 1000, $"only {mutatedRead} mutated libraries were read: the check compared too little");
    }

    private static string YamlDotNetNodes(YamlSource source)
    {
        var (node, failed) = YamlBibNodes.ParseWithYamlDotNet(source, new DiagnosticBag());
        Assert.False(failed);
        return node is null ? "" : BibNodeText.Describe(node);
    }

    private static readonly string[] Words = ["Smith", "J.", "S. M.", "Little, Brown", "100–120", "a: b", "x:y", "it's", "“quoted”", "[1]", "a #b", "#c", "50%", "é ü", "true", "null", "~", "12", "2008", "-", "- x", "key:", "a,b", "{x}", "&a", "*b", "!t", "|", ">", "'", "\"", "", " ", "@x", "`y`"];

    private static readonly string[] Keys = ["id", "type", "title", "author", "family", "given", "issued", "date-parts", "container-title", "DOI", "URL", "note", "x_1", "reading", "theme", "order", "pages", "a-b"];

    /// <summary>A library of a few items, its layout chosen at random among the ones the block style allows.</summary>
    private static string Library(Random random)
    {
        var text = new StringBuilder();
        var underKey = random.Next(3) == 0;
        var baseIndent = underKey ? random.Next(3) : random.Next(2) * 2;
        if (random.Next(4) == 0)
        {
            text.Append("---\n");
        }

        if (underKey)
        {
            text.Append("references:\n");
        }

        var items = 1 + random.Next(4);
        for (var item = 0; item < items; item++)
        {
            text.Append(' ', baseIndent).Append("-").Append(' ', 1 + random.Next(2));
            var itemIndent = text.Length - text.ToString().LastIndexOf('\n') - 1;
            Mapping(text, random, itemIndent, first: true, depth: 0, usedKeys: []);
            if (random.Next(5) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : new string(' ', random.Next(6)) + "# a comment\n");
            }
        }

        if (random.Next(5) == 0)
        {
            text.Append("...\n");
        }

        return text.ToString();
    }

    private static void Mapping(StringBuilder text, Random random, int indent, bool first, int depth, HashSet<string> usedKeys)
    {
        var entries = 1 + random.Next(depth == 0 ? 6 : 3);
        for (var entry = 0; entry < entries; entry++)
        {
            var key = Keys[random.Next(Keys.Length)];
            if (!usedKeys.Add(key))
            {
                continue;
            }

            if (!(first && entry == 0))
            {
                text.Append(' ', indent);
            }

            text.Append(key).Append(':');
            var shape = depth >= 2 ? random.Next(2) : random.Next(5);
            switch (shape)
            {
                case 0:
                    text.Append(' ', 1 + random.Next(2)).Append(Scalar(random)).Append(' ', random.Next(2)).Append('\n');
                    break;
                case 1:
                    text.Append(' ').Append(FlowList(random, 0)).Append('\n');
                    break;
                case 2:
                    text.Append('\n');
                    Mapping(text, random, indent + 2 + (2 * random.Next(2)), first: false, depth + 1, []);
                    break;
                default:
                    text.Append('\n');
                    var listIndent = indent + (shape == 3 ? 0 : 2);
                    var listItems = 1 + random.Next(3);
                    for (var i = 0; i < listItems; i++)
                    {
                        text.Append(' ', listIndent).Append("- ");
                        if (random.Next(2) == 0)
                        {
                            Mapping(text, random, listIndent + 2, first: true, depth + 1, []);
                        }
                        else
                        {
                            text.Append(random.Next(3) == 0 ? FlowList(random, 0) : Scalar(random)).Append('\n');
                        }
                    }

                    break;
            }
        }

        if (usedKeys.Count == 0 || (first && text[^1] != '\n'))
        {
            text.Append("id: x\n");
        }
    }

    /// <summary>A scalar the block style takes: plain, single-quoted or double-quoted without escapes.</summary>
    private static string Scalar(Random random)
    {
        var plain = new[] { "Smith", "J.", "S. M.", "Little, Brown", "100–120", "x:y", "it's", "“quoted”", "50%", "é ü", "true", "null", "~", "12", "2008", "a-b", "a [b] {c}", "https://example.org/a?b=c#d" };
        return random.Next(3) switch
        {
            0 => plain[random.Next(plain.Length)],
            1 => "'" + Words[random.Next(Words.Length)].Replace("'", "''", StringComparison.Ordinal) + "'",
            _ => "\"" + Words[random.Next(Words.Length)].Replace("\"", "", StringComparison.Ordinal) + "\"",
        };
    }

    private static string FlowList(Random random, int depth)
    {
        var items = random.Next(4);
        var parts = new List<string>();
        for (var i = 0; i < items; i++)
        {
            parts.Add(depth < 2 && random.Next(4) == 0 ? FlowList(random, depth + 1) : new[] { "2008", "5", "x", "'a b'", "\"c\"", "é" }[random.Next(6)]);
        }

        return "[" + string.Join(random.Next(2) == 0 ? ", " : ",", parts) + "]";
    }

    private const string SyntaxCharacters = " :-#[],{}'\"&*!|>\n?%@`\t.";

    /// <summary>The text with one to three of YAML's syntax characters put in, or characters taken out, at random places.</summary>
    private static string Mutate(string yaml, Random random)
    {
        var text = new StringBuilder(yaml);
        var changes = 1 + random.Next(3);
        for (var i = 0; i < changes && text.Length > 0; i++)
        {
            var at = random.Next(text.Length);
            if (random.Next(3) == 0)
            {
                text.Remove(at, 1);
            }
            else
            {
                text.Insert(at, SyntaxCharacters[random.Next(SyntaxCharacters.Length)]);
            }
        }

        return text.ToString();
    }
}
