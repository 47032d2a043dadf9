using System.Text;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>
/// The mutations the hardening test applies to the real site, all derived from its files with a fixed seed:
/// YAML truncated at every line and given an unclosed bracket at every line, random byte flips, nesting
/// bombs, invalid UTF-8, and dangling links.
/// </summary>
public static class MutationCatalogue
{
    private const int Seed = 20261126;

    public static IReadOnlyList<Mutation> For(string siteRoot)
    {
        var random = new Random(Seed);
        var files = InputFiles(siteRoot);
        var mutations = new List<Mutation>();
        foreach (var file in files.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(siteRoot, file));
            foreach (var line in YamlLines(file, text))
            {
                mutations.Add(Edit($"{file}: cut after line {line}", file, t => string.Join('\n', t.Split('\n')[..line])));
                var bracket = line % 2 == 0 ? "[" : "{";
                mutations.Add(Edit($"{file}: unclosed '{bracket}' at line {line}", file, t => InsertAfterColon(t, line - 1, bracket)));
            }
        }

        var textFiles = files.Where(f => !f.StartsWith("templates/assets/", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < 600; i++)
        {
            var file = textFiles[random.Next(textFiles.Count)];
            var (offset, mask) = (random.NextDouble(), (byte)random.Next(1, 256));
            mutations.Add(Bytes($"{file}: byte flip #{i}", file, b => b[(int)(offset * b.Length)] ^= mask));
        }

        foreach (var file in files)
        {
            mutations.Add(Bytes($"{file}: emptied", file, _ => []));
            for (var i = 0; i < 8; i++)
            {
                var cut = random.NextDouble();
                mutations.Add(Bytes($"{file}: cut at {cut:P0}", file, b => b[..(int)(cut * b.Length)]));
            }
        }

        foreach (var file in textFiles)
        {
            var offset = random.NextDouble();
            mutations.Add(Bytes($"{file}: invalid UTF-8", file, b => [.. b[..(int)(offset * b.Length)], 0xC3, 0x28, .. b[(int)(offset * b.Length)..]]));
        }

        mutations.AddRange(NestingBombs());
        mutations.Add(new Mutation("dangling link in content/", "content/pages/ghost.md", root => System.IO.File.CreateSymbolicLink(Path.Combine(root, "content", "pages", "ghost.md"), Path.Combine(root, "nowhere.md"))));
        mutations.Add(new Mutation("dangling link in templates/", "templates/partials/ghost.html", root => System.IO.File.CreateSymbolicLink(Path.Combine(root, "templates", "partials", "ghost.html"), "missing.html")));
        return mutations;
    }

    /// <summary>Every input file of the site, relative to its root with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> InputFiles(string siteRoot) =>
        new[] { "content", "templates", "seeds" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(siteRoot, folder), "*", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(siteRoot, p).Replace('\\', '/'))
            .Append("site.yaml")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Mutation> NestingBombs()
    {
        const string about = "content/pages/about.md";
        yield return Edit("nested lists", about, t => t + "\n" + string.Join('\n', Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- item")) + "\n");
        yield return Edit("nested quotes", about, t => t + "\n" + string.Join('\n', Enumerable.Range(1, 300).Select(i => new string('>', i) + " quote")) + "\n");
        yield return Edit("nested emphasis", about, t => t + "\n" + string.Concat(Enumerable.Repeat("*a _b ", 2000)) + "\n");
        yield return Edit("nested raw HTML and stray end tags", about, t => t + "\n" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + string.Concat(Enumerable.Repeat("</span>", 50_000)) + "\n");
        yield return Edit("nested links", about, t => t + "\n" + new string('[', 5000) + "x" + new string(']', 5000) + "(y)\n");
        yield return Edit("nested YAML in site.yaml", "site.yaml", t => t + "extra: " + new string('[', 10000) + new string(']', 10000) + "\n");
        yield return Edit("nested YAML in references", "content/references.yaml", t => t + "- id: deep\n  note: " + new string('{', 3000) + "\n");
        yield return Edit("nested template blocks", "templates/layouts/page.html", t => string.Concat(Enumerable.Repeat("{{ if true }}", 1000)) + t + string.Concat(Enumerable.Repeat("{{ end }}", 1000)));
    }

    /// <summary>The 1-based lines that hold YAML: all of a .yaml file, the front matter of a .md file.</summary>
    private static IEnumerable<int> YamlLines(string file, string text)
    {
        var lines = text.Split('\n');
        if (file.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return Enumerable.Range(1, lines.Length);
        }

        var close = Array.FindIndex(lines, 1, l => l == "---");
        return lines[0] == "---" && close > 0 ? Enumerable.Range(2, close - 1) : [];
    }

    /// <summary>The bracket goes where a value starts (after "key:" or "- "), or at the start of the line.</summary>
    private static string InsertAfterColon(string text, int index, string bracket)
    {
        var lines = text.Split('\n');
        var line = lines[index];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        var at = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : 0;
        lines[index] = line[..at] + bracket + line[at..];
        return string.Join('\n', lines);
    }

    private static Mutation Edit(string name, string file, Func<string, string> change) =>
        new(name, file, root => System.IO.File.WriteAllText(Path.Combine(root, file), change(System.IO.File.ReadAllText(Path.Combine(root, file), Encoding.UTF8))));

    private static Mutation Bytes(string name, string file, Func<byte[], byte[]> change) =>
        new(name, file, root => System.IO.File.WriteAllBytes(Path.Combine(root, file), change(System.IO.File.ReadAllBytes(Path.Combine(root, file)))));

    private static Mutation Bytes(string name, string file, Action<byte[]> change) =>
        Bytes(name, file, b =>
        {
            change(b);
            return b;
        });
}
