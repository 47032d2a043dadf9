using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;

namespace SiteBuilder.Bibliography;

/// <summary>
/// A large CSL-YAML file read in parts on all cores: a list of items (bare, or under a lone <c>references:</c>
/// key, between at most a document marker <c>---</c> that opens the file and a <c>...</c> that ends it) whose item markers stand at one indentation, every other line being blank, a comment or indented
/// deeper, is cut before item markers, and each part is parsed as a document of its own, its positions those
/// of the whole file. The nodes are the ones the whole file gives. Anything else (another key, a document
/// marker, an alias to an anchor in another part, any error) gives null, and the file is parsed whole, so
/// its diagnostics are the usual ones. Parsing a 50,000-entry library was over two seconds on one core.
/// </summary>
internal static class YamlItemParts
{
    private const int ItemsPerPart = 64;

    public static BibNode? Read(string path, string text)
    {
        if (Shape(text) is not var (keyLine, items) || items.Count < 2 * ItemsPerPart)
        {
            return null;
        }

        var parts = Math.Min(Environment.ProcessorCount * 4, items.Count / ItemsPerPart);
        var results = new IReadOnlyList<BibNode>?[parts];
        var failed = 0;
        Parallel.For(0, parts, part =>
        {
            var first = items[part * items.Count / parts];
            var end = part == parts - 1 ? text.Length : items[(part + 1) * items.Count / parts].Offset;
            results[part] = Part(path, text[first.Offset..end], first.Line);
            if (results[part] is null)
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });

        if (failed != 0 || Head(path, text, keyLine, items[0]) is not var (map, key, list))
        {
            return null;
        }

        var all = new BibList(results.SelectMany(r => r!).ToList(), list);
        return keyLine < 0 ? all : new BibMap([new BibEntry("references", key, all)], map);
    }

    /// <summary>Where the lone <c>references:</c> key is (or -1 for a bare list), and where each item starts; null for any other shape.</summary>
    private static (int KeyLine, List<(int Offset, int Line)> Items)? Shape(string text)
    {
        var items = new List<(int Offset, int Line)>();
        var keyLine = -1;
        var indent = -1;
        var opened = false; // a document marker opened the file (as Pandoc and the benchmark corpus write it)
        var ended = false; // a document end marker closed it: only blank lines and comments may follow
        var line = 0;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            var content = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
            var at = content.Length - content.TrimStart(' ').Length;
            var rest = content[at..];
            if (rest.IsEmpty || rest[0] == '#')
            {
                // a blank line or a comment belongs to the part it falls in
            }
            else if (ended)
            {
                return null; // anything after the end marker is another document
            }
            else if (items.Count > 0 && at == 0 && rest.TrimEnd(' ') is "...")
            {
                ended = true; // it stays in the last part, whose document it ends
            }
            else if (!opened && indent < 0 && keyLine < 0 && items.Count == 0 && at == 0 && rest.TrimEnd(' ') is "---")
            {
                opened = true;
            }
            else if (indent < 0 && keyLine < 0 && items.Count == 0 && at == 0 && rest.TrimEnd(' ') is "references:")
            {
                keyLine = line + 1;
            }
            else if ((indent < 0 || at == indent) && rest[0] == '-' && (rest.Length == 1 || rest[1] == ' '))
            {
                indent = at;
                items.Add((start, line + 1));
            }
            else if (indent < 0 || at <= indent || rest[0] == '\t')
            {
                return null; // another key, a document marker, text before the list, or an indentation of its own
            }

            start = end < 0 ? text.Length : end + 1;
        }

        return items.Count == 0 ? null : (keyLine, items);
    }

    /// <summary>One part's items, or null when the part is not a clean list of them on its own.</summary>
    private static IReadOnlyList<BibNode>? Part(string path, string text, int firstLine)
    {
        var source = new YamlSource(path, text, firstLine);
        var diagnostics = new DiagnosticBag();
        var (root, failed) = YamlBibNodes.Parse(source, diagnostics);
        return failed || diagnostics.HasErrors || root is not BibList { Items.Count: > 0 } list ? null : list.Items;
    }

    /// <summary>The places of the mapping, its key and the list, read from the file's head: the key's line and the first item's first line.</summary>
    private static (SourceLocation Map, SourceLocation Key, SourceLocation List)? Head(string path, string text, int keyLine, (int Offset, int Line) first)
    {
        var lineEnd = text.IndexOf('\n', first.Offset);
        var head = text[..(lineEnd < 0 ? text.Length : lineEnd)];
        var source = new YamlSource(path, head);
        var diagnostics = new DiagnosticBag();
        var (root, failed) = YamlBibNodes.Parse(source, diagnostics);
        if (failed || diagnostics.HasErrors)
        {
            return null;
        }

        return (keyLine, root) switch
        {
            (< 0, BibList list) => (default!, default!, list.Location),
            (>= 0, BibMap { Entries: [{ Value: BibList list } entry] } map) => (map.Location, entry.KeyLocation, list.Location),
            _ => null,
        };
    }
}
