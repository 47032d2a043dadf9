using System.Text;

namespace SiteBuilder.Output;

/// <summary>
/// An output folder being written: files go into a fresh sibling folder as soon as they are made (from any
/// thread), and <see cref="Commit"/> swaps it into place. Disposed without a commit, it deletes what it wrote,
/// so a failed build leaves the previous site untouched. The folder carries <see cref="OutputFolderGuard.MarkerFile"/>.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly byte[] MarkerText = Encoding.UTF8.GetBytes("This folder is written by SiteBuilder and replaced whole by each build.\n");

    private readonly string target;
    private readonly string staging;
    private readonly string root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> folders = new(StringComparer.Ordinal);
    private bool committed;

    private StagedOutput(string target)
    {
        this.target = target;
        staging = target + ".new-" + Environment.ProcessId;
        root = staging + Path.DirectorySeparatorChar;
    }

    /// <summary>Starts writing a site for <paramref name="outputFolder"/>; throws <see cref="IOException"/> when the folder cannot be made.</summary>
    public static StagedOutput Begin(string outputFolder)
    {
        var output = new StagedOutput(Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(output.target)!);
        DeleteIfOurs(output.staging);
        Directory.CreateDirectory(output.staging);
        File.WriteAllBytes(Path.Combine(output.staging, OutputFolderGuard.MarkerFile), MarkerText);
        return output;
    }

    /// <summary>Writes one file into the staging folder; safe to call from several threads for different paths.</summary>
    public void Write(OutputFile file) => Write(file.Path, file.Bytes);

    /// <summary>Writes one file from bytes that need be valid only during the call; safe to call from several threads for different paths.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.GetFullPath(Path.Combine(staging, relativePath));
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path '{relativePath}' leaves the output folder");
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, 0); // a page's folder holds its page and its downloads: made once, not asked for again
        }

        WriteNew(path, bytes);
    }

    /// <summary>
    /// Writes a file that the fresh staging folder does not have yet: created exclusively, so the system neither
    /// truncates it nor lays a lock on it (a large site writes hundreds of thousands of files, and those calls were
    /// a visible share of its system time). A path written twice in one build is replaced, as before.
    /// </summary>
    private static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.WriteAllBytes(path, bytes);
            return;
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
        }
    }

    /// <summary>A file already written, as the PDF step reads the stylesheets back.</summary>
    public byte[]? Read(string path)
    {
        var full = Path.GetFullPath(Path.Combine(staging, path));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    /// <summary>Swaps the written site into place; if the swap fails half-way, the previous site is put back.</summary>
    public void Commit()
    {
        var previous = target + ".old-" + Environment.ProcessId;
        var moved = false;
        try
        {
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
                moved = true;
            }

            Directory.Move(staging, target);
            moved = false;
            committed = true;
        }
        finally
        {
            if (moved)
            {
                Directory.Move(previous, target);
            }

            DeleteIfOurs(previous);
        }
    }

    public void Dispose()
    {
        if (!committed)
        {
            DeleteIfOurs(staging);
        }
    }

    /// <summary>Deletes a staging or previous folder: only one with the marker, or an empty one, is ours to delete.</summary>
    private static void DeleteIfOurs(string folder)
    {
        if (Directory.Exists(folder) && (File.Exists(Path.Combine(folder, OutputFolderGuard.MarkerFile)) || !Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            DeleteOnAllCores(folder);
        }
    }

    /// <summary>
    /// Deletes a site's folder with its subfolders two levels down (a page's own folder, such as
    /// <c>essays/x/</c>) shared among the cores: removing the previous site was a serial tail at the end of every build.
    /// </summary>
    private static void DeleteOnAllCores(string folder)
    {
        var pageFolders = Directory.GetDirectories(folder).SelectMany(Directory.GetDirectories).ToList();
        if (pageFolders.Count >= 64)
        {
            Parallel.ForEach(pageFolders, page => Directory.Delete(page, recursive: true));
        }

        Directory.Delete(folder, recursive: true);
    }
}
