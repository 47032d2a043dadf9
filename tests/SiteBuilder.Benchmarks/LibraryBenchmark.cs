using System.Globalization;
using System.Text;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// The repository's site with a large library appended (deterministic entries of the kinds Zotero exports:
/// books, articles, chapters), built in memory: how long a site takes when its bibliography is far larger than
/// what it cites.
/// </summary>
internal static class LibraryBenchmark
{
    /// <param name="all">Publish every entry (<c>nocite: ['*']</c> in the essay), a page each, instead of the cited ones only.</param>
    public static void Run(string root, int entries, bool all)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitebuilder-library-" + entries.ToString(CultureInfo.InvariantCulture) + (all ? "-all" : ""));
        Write(root, folder, entries);
        if (all)
        {
            var essay = Directory.GetFiles(Path.Combine(folder, "content", "essays"), "*.md")[0];
            File.WriteAllText(essay, File.ReadAllText(essay).Replace("\nkeywords:", "\nnocite: ['*']\nkeywords:", StringComparison.Ordinal));
        }

        var clock = Stopwatch.StartNew();
        var sources = SiteSourceLoader.Load(folder);
        var readMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var result = SiteBuild.Run(sources);
        var phases = string.Join(", ", result.Stats.Phases.Select(p => $"{p.Phase} {p.Milliseconds:F0}"));
        Console.WriteLine($"library of {entries} extra entries: read {readMs:F0} ms, build {clock.Elapsed.TotalMilliseconds:F0} ms ({phases}); " +
            $"{result.Stats.Files} files, {result.Diagnostics.Count(d => d.IsError)} errors; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB; site at {folder}");
    }

    /// <summary>Copies the site and appends the generated entries to its references.yaml.</summary>
    public static void Write(string root, string folder, int entries)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in new[] { "site.yaml" }.Concat(new[] { "content", "templates", "seeds" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*", SearchOption.AllDirectories)).Select(f => Path.GetRelativePath(root, f))))
        {
            var target = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(root, file), target);
        }

        var yaml = new StringBuilder();
        for (var i = 0; i < entries; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: lib{i:D6}\n  type: {(i % 3) switch { 0 => "book", 1 => "article-journal", _ => "chapter" }}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  author:\n  - family: Author{i % 977}\n    given: A. B.\n  - family: Second{i % 313}\n    given: C.\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  issued: {1950 + (i % 75)}\n  title: A generated study of care and reciprocity, part {i}\n");
            yaml.Append((i % 3) switch
            {
                1 => string.Create(CultureInfo.InvariantCulture, $"  container-title: Journal of Generated Studies\n  volume: \"{i % 60}\"\n  page: {i % 200}–{(i % 200) + 20}\n"),
                2 => string.Create(CultureInfo.InvariantCulture, $"  container-title: A generated handbook of care\n  page: {i % 200}–{(i % 200) + 20}\n  publisher: Example Press\n"),
                _ => "  publisher: Example Press\n",
            });
            yaml.Append(CultureInfo.InvariantCulture, $"  annote: Generated annotation {i}.\n");
        }

        File.AppendAllText(Path.Combine(folder, "content", "references.yaml"), yaml.ToString());
    }
}
