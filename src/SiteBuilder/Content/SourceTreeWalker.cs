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

        foreach (var (name, isDirectory) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (name.StartsWith('.') || (!isDirectory && ScratchFiles.IsScratch(name)))
            {
                continue; // hidden entries, and the scratch files editors save through
            }

            var fullName = Path.Join(directory, name);
            var relativeName = relative + "/" + name;
            if (name.Contains('\uFFFD'))
            {
                // The name's bytes are not UTF-8: .NET cannot even open the file by the name it lists.
                diagnostics.Error(DiagnosticCodes.InvalidEncoding, SourceLocation.File(relativeName), "this file or folder name is not valid UTF-8; rename it");
                continue;
            }

            if (!isDirectory && !viaLink && unchanged?.Invoke(relativeName) == true)
            {
                if (include(name))
                {
                    files.Add(new WalkedFile(fullName, relativeName, null) { Unchanged = true });
                }

                continue;
            }

            // Only a link needs resolving: anything else in a real folder lies where the folder does.
            FileSystemInfo entry = isDirectory ? new DirectoryInfo(fullName) : new FileInfo(fullName);
            var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
            var real = isLink ? Resolve(fullName) : Path.Combine(realDirectory, name);
            if (real is null)
            {
                continue; // reported
            }

            if (isDirectory || (isLink && Directory.Exists(real)))
            {
                Walk(fullName, relativeName, real, include, files, visited, viaLink || isLink);
            }
            else if (include(name))
            {
                // a plain file's size and time come with the stat just made; a link's are those of its target
                files.Add(new WalkedFile(fullName, relativeName, isLink ? StampOf(real) : StampOf((FileInfo)entry)));
            }
        }
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
    private string? Resolve(string path)
    {
        string real;
        try
        {
            real = RealPath.Of(path);
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(Relative(path)), $"this symbolic link cannot be followed: {e.Message}");
            return null;
        }

        var link = new FileInfo(path).LinkTarget;
        if (link is not null && !Path.Exists(real))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(Relative(path)), $"this symbolic link points to '{link}', which does not exist");
            return null;
        }

        if (!RealPath.IsWithin(real, realRoot))
        {
            diagnostics.Error(DiagnosticCodes.LinkOutsideSite, SourceLocation.File(Relative(path)), $"this symbolic link leads outside the site folder, to '{real}'; SiteBuilder publishes only what lies inside the site (copy the files in instead)");
            return null;
        }

        return real;
    }
}
