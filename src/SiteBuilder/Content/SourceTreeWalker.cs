using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>
/// Lists the files under one folder of a site, refusing what cannot be published honestly: symbolic links
/// that lead outside the site or nowhere, link loops, and entries that cannot be read. Hidden entries
/// (names starting with '.') are skipped, as editors and version control keep their own files there.
/// </summary>
/// <param name="unchanged">Files (by site path) the caller already holds and knows to be unchanged since it read them (the
/// preview, told by its watcher): they are listed by name alone, without a stat or a link check, which were done when
/// they were first read. Null: every file is checked.</param>
internal sealed class SourceTreeWalker(string root, DiagnosticBag diagnostics, Func<string, bool>? unchanged = null)
{
    private static readonly System.IO.EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    private readonly string realRoot = RealPath.Of(root);

    /// <summary>The files under <paramref name="folder"/> (relative to the root, '/'-separated) that pass <paramref name="include"/>.</summary>
    public IReadOnlyList<WalkedFile> Files(string folder, Func<string, bool> include)
    {
        var start = Path.Combine(root, folder);
        var files = new List<WalkedFile>();
        if (Directory.Exists(start) && Resolve(start) is { } realStart)
        {
            Walk(start, Relative(start), realStart, include, files, new HashSet<string>(StringComparer.Ordinal), viaLink: false);
        }

        return files;
    }

    /// <summary>The full path of one file named from the root, or null when it is absent or cannot be used (reported).</summary>
    public string? Single(string relative)
    {
        var path = Path.Combine(root, relative);
        var present = File.Exists(path) || new FileInfo(path).LinkTarget is not null;
        return present && Resolve(path) is not null ? path : null;
    }

    /// <summary>The path of a file from the site root with '/' separators, as diagnostics name it.</summary>
    public string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Walks a folder (<paramref name="relative"/> from the root) whose real path (links resolved) is <paramref name="realDirectory"/>.</summary>
    /// <param name="viaLink">Whether the folder was reached through a link, where a watcher of the site sees no change.</param>
    private void Walk(string directory, string relative, string realDirectory, Func<string, bool> include, List<WalkedFile> files, HashSet<string> visited, bool viaLink)
    {
        if (!visited.Add(realDirectory))
        {
            return; // already walked through another link
        }

        List<(string Name, bool IsDirectory)> entries;
        try
        {
            // names and kinds only (readdir): a stat is paid below, for the entries that need one
            entries = new System.IO.Enumeration.FileSystemEnumerable<(string, bool)>(
                directory, (ref System.IO.Enumeration.FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory), Listing).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(Relative(directory)), $"cannot list this folder: {e.Message}");
            return;
        }

        // each entry's stat (and a link's resolution) on all cores in a large folder (an essay folder of thousands was a
        // serial tenth of a large build's reading), then taken in order: files listed, folders walked
        var sorted = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var looked = sorted.Count >= ParallelFrom
            ? OrderedParallel.Map(sorted, (e, bag) => Look(e.Name, e.IsDirectory, directory, relative, realDirectory, include, viaLink, bag), diagnostics)
            : sorted.Select(e => Look(e.Name, e.IsDirectory, directory, relative, realDirectory, include, viaLink, diagnostics)).ToList();
        foreach (var entry in looked)
        {
            if (entry.Folder is { } real)
            {
                Walk(entry.Path, entry.Relative, real, include, files, visited, viaLink || entry.ViaLink);
            }
            else if (entry.File is { } file)
            {
                files.Add(file);
            }
        }
    }

    /// <summary>How many entries a folder has before its entries are looked at on all cores.</summary>
    private const int ParallelFrom = 256;

    /// <summary>What one entry of a folder is: a file to list, a folder to walk (with its real path), or neither (skipped or reported).</summary>
    private readonly record struct Entry(string Path, string Relative, WalkedFile? File, string? Folder, bool ViaLink);

    /// <summary>Looks at one entry of a folder being walked (see <see cref="Walk"/>), reporting into <paramref name="diagnostics"/>.</summary>
    private Entry Look(string name, bool isDirectory, string directory, string relative, string realDirectory, Func<string, bool> include, bool viaLink, DiagnosticBag diagnostics)
    {
        if (name.StartsWith('.') || (!isDirectory && ScratchFiles.IsScratch(name)))
        {
            return default; // hidden entries, and the scratch files editors save through
        }

        var fullName = Path.Join(directory, name);
        var relativeName = relative + "/" + name;
        if (name.Contains('\uFFFD'))
        {
            // The name's bytes are not UTF-8: .NET cannot even open the file by the name it lists.
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, SourceLocation.File(relativeName), "this file or folder name is not valid UTF-8; rename it");
            return default;
        }

        if (!isDirectory && !viaLink && unchanged?.Invoke(relativeName) == true)
        {
            return include(name) ? new Entry(fullName, relativeName, new WalkedFile(fullName, relativeName, null) { Unchanged = true }, null, false) : default;
        }

        // Only a link needs resolving: anything else in a real folder lies where the folder does.
        FileSystemInfo entry = isDirectory ? new DirectoryInfo(fullName) : new FileInfo(fullName);
        var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
        var real = isLink ? Resolve(fullName, diagnostics) : Path.Combine(realDirectory, name);
        if (real is null)
        {
            return default; // reported
        }

        if (isDirectory || (isLink && Directory.Exists(real)))
        {
            return new Entry(fullName, relativeName, null, real, isLink);
        }

        // a plain file's size and time come with the stat just made; a link's are those of its target
        return include(name) ? new Entry(fullName, relativeName, new WalkedFile(fullName, relativeName, isLink ? StampOf(real) : StampOf((FileInfo)entry)), null, isLink) : default;
    }

    /// <summary>A file's size and modification time, or null when it cannot be read (reading it then reports why).</summary>
    private static (long Length, DateTime LastWriteUtc)? StampOf(string path) => StampOf(new FileInfo(path));

    private static (long Length, DateTime LastWriteUtc)? StampOf(FileInfo info)
    {
        try
        {
            return (info.Length, info.LastWriteTimeUtc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The real path of an entry inside the site, or null (reported) for a dangling, looping or escaping link.</summary>
    private string? Resolve(string path) => Resolve(path, diagnostics);

    /// <summary>As <see cref="Resolve(string)"/>, reporting into <paramref name="report"/>.</summary>
    private string? Resolve(string path, DiagnosticBag report)
    {
        string real;
        try
        {
            real = RealPath.Of(path);
        }
        catch (IOException e)
        {
            report.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(Relative(path)), $"this symbolic link cannot be followed: {e.Message}");
            return null;
        }

        var link = new FileInfo(path).LinkTarget;
        if (link is not null && !Path.Exists(real))
        {
            report.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(Relative(path)), $"this symbolic link points to '{link}', which does not exist");
            return null;
        }

        if (!RealPath.IsWithin(real, realRoot))
        {
            report.Error(DiagnosticCodes.LinkOutsideSite, SourceLocation.File(Relative(path)), $"this symbolic link leads outside the site folder, to '{real}'; SiteBuilder publishes only what lies inside the site (copy the files in instead)");
            return null;
        }

        return real;
    }
}
