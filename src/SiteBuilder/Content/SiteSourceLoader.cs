using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>
/// Reads a site folder from disk into <see cref="SiteSources"/>; the only place the build touches input files.
/// Whatever the file system refuses (a dangling link, an unreadable file, bytes that are not UTF-8) becomes a
/// diagnostic in <see cref="SiteSources.Problems"/>, never an exception.
/// </summary>
public static class SiteSourceLoader
{
    private static readonly string[] ContentExtensions = [".md", ".yaml", ".yml", ".json", ".bib"];
    private static readonly string[] TemplateExtensions = [".html", ".xml", ".txt"];
    private static readonly string[] SeedExtensions = [".txt"];
    private static readonly string[] StyleExtensions = [".csl", ".xml"];

    /// <summary>Copied as bytes, never read as templates: an asset need not be UTF-8 text.</summary>
    private const string AssetsFolder = "templates/assets/";

    public static SiteSources Load(string root) => Load(root, null);

    /// <summary>
    /// Reads the site, keeping each file of <paramref name="previous"/> whose size and modification time are
    /// unchanged instead of reading it again (the preview reloads this way on every save).
    /// </summary>
    /// <param name="changed">With <paramref name="previous"/>: the site paths a file watcher saw change since then. Every
    /// other file of <paramref name="previous"/> is taken as it is, without even a stat (10,000 of them cost 40 ms).
    /// Null when nothing is known (a watcher's buffer overflowed, say): every file is checked.</param>
    public static SiteSources Load(string root, SiteSources? previous, IReadOnlySet<string>? changed = null)
    {
        var diagnostics = new DiagnosticBag();
        var known = previous is null ? null : previous.Content.Concat(previous.Templates).Concat(previous.Seeds).Concat(previous.Styles)
            .Where(f => f.Stamp is not null).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var walker = new SourceTreeWalker(root, diagnostics, known is null || changed is null ? null : path => !changed.Contains(path) && known.ContainsKey(path));
        return new SiteSources(
            ReadConfig(walker, diagnostics),
            ReadTextFiles(walker, "content", ContentExtensions, diagnostics, known),
            ReadTextFiles(walker, "templates", TemplateExtensions, diagnostics, known),
            ReadAssets(walker, diagnostics),
            ReadTextFiles(walker, "seeds", SeedExtensions, diagnostics, known))
        {
            Styles = ReadTextFiles(walker, "styles", StyleExtensions, diagnostics, known),
            Problems = diagnostics.ToSortedList(),
        };
    }

    /// <summary>site.yaml passes the walker's checks too: it may be a link like any other file.</summary>
    private static string? ReadConfig(SourceTreeWalker walker, DiagnosticBag diagnostics) =>
        walker.Single(Configuration.SiteConfig.FileName) is { } path ? ReadText(walker, path, diagnostics) : null;

    /// <summary>The text files under a folder, read and decoded on all cores (reading is mostly decoding here).</summary>
    private static List<SourceFile> ReadTextFiles(SourceTreeWalker walker, string folder, string[] extensions, DiagnosticBag diagnostics, Dictionary<string, SourceFile>? known = null) =>
        InPathOrder(OrderedParallel.Map(
                walker.Files(folder, name => extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
                    .Where(f => !f.Relative.StartsWith(AssetsFolder, StringComparison.Ordinal)).ToList(),
                (f, bag) => Unchanged(f, known) ?? ReadSource(walker, f, bag),
                diagnostics)
            .OfType<SourceFile>()
            .ToList());

    /// <summary>The files sorted by path; a walk usually lists them so already, and then they are only checked.</summary>
    private static List<SourceFile> InPathOrder(List<SourceFile> files)
    {
        for (var i = 1; i < files.Count; i++)
        {
            if (string.CompareOrdinal(files[i - 1].Path, files[i].Path) > 0)
            {
                return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            }
        }

        return files;
    }

    private static List<AssetFile> ReadAssets(SourceTreeWalker walker, DiagnosticBag diagnostics)
    {
        var assets = Path.Combine("templates", "assets");
        return walker.Files(assets, _ => true)
            .Select(f => ReadBytes(walker, f.FullPath, diagnostics) is { } bytes ? new AssetFile(f.Relative[AssetsFolder.Length..], bytes) : null)
            .OfType<AssetFile>()
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static SourceFile? Unchanged(WalkedFile file, Dictionary<string, SourceFile>? known) =>
        known is not null && known.TryGetValue(file.Relative, out var was) && (file.Unchanged || (file.Stamp is not null && was.Stamp == file.Stamp)) ? was : null;

    /// <summary>The file kept as its UTF-8 bytes when they need no normalising, else as its normalised text.</summary>
    private static SourceFile? ReadSource(SourceTreeWalker walker, WalkedFile file, DiagnosticBag diagnostics)
    {
        var (stamp, relative) = (file.Stamp, file.Relative);
        if (ReadBytes(walker, file.FullPath, diagnostics) is not { } bytes)
        {
            return null;
        }

        if (!Utf8TextDecoder.IsText(relative, bytes, diagnostics))
        {
            return null;
        }

        var clean = !bytes.AsSpan().StartsWith("\uFEFF"u8) && !bytes.AsSpan().Contains((byte)'\r');
        // The stamp was taken (by the walk) before reading: a write during the read makes the next load read the file again.
        // A clean file is kept as its bytes and not decoded here (its users decode what they need).
        return clean ? SourceFile.FromUtf8(relative, bytes, stamp) : new SourceFile(relative, Utf8TextDecoder.Decode(relative, bytes, diagnostics)!) { Stamp = stamp };
    }

    private static string? ReadText(SourceTreeWalker walker, string path, DiagnosticBag diagnostics) =>
        ReadBytes(walker, path, diagnostics) is { } bytes ? Utf8TextDecoder.Decode(walker.Relative(path), bytes, diagnostics) : null;

    private static byte[]? ReadBytes(SourceTreeWalker walker, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(walker.Relative(path)), $"cannot read this file: {e.Message}");
            return null;
        }
    }
}
