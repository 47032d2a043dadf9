using System.Text;

namespace SiteBuilder.Output;

/// <summary>
/// An output folder being written: files go into a fresh sibling folder as soon as they are made (from any
/// thread), and <see cref="Commit"/> swaps it into place. Disposed without a commit, or abandoned when the build is
/// interrupted, it deletes what it wrote, so a failed build leaves the previous site untouched. The folder carries
/// <see cref="OutputFolderGuard.MarkerFile"/>; a sibling left by a build that was killed outright is removed by the
/// next build.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly byte[] MarkerText = Encoding.UTF8.GetBytes("This folder is written by SiteBuilder and replaced whole by each build.\n");

    private readonly string target;
    private readonly string staging;
    private readonly string root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> folders = new(StringComparer.Ordinal);
    private readonly Lock gate = new(); // a commit and an abandonment do not overlap
    private bool committed;
    private volatile bool abandoned;

    private StagedOutput(string target)
    {
        this.target = target;
        staging = target + ".new-" + Environment.ProcessId;
        root = staging + Path.DirectorySeparatorChar;
    }

    /// <summary>
    /// Starts writing a site for <paramref name="outputFolder"/>; throws <see cref="IOException"/> when the folder
    /// cannot be made. An output folder that is a symbolic link (into a web server's root, say) stays one: the site
    /// replaces the folder it points to, staged beside that folder.
    /// </summary>
    public static StagedOutput Begin(string outputFolder)
    {
        var output = new StagedOutput(Content.RealPath.Of(outputFolder).TrimEnd(Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(output.target)!);
        RemoveAbandoned(output.target);
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
        if (abandoned)
        {
            throw new OperationCanceledException("the build was interrupted");
        }

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

    /// <summary>
    /// Swaps the written site into place; if the swap fails half-way, the previous site is put back. Throws
    /// <see cref="OperationCanceledException"/> when the build was abandoned first.
    /// </summary>
    public void Commit()
    {
        lock (gate)
        {
            if (abandoned)
            {
                throw new OperationCanceledException("the build was interrupted");
            }

            Swap();
        }
    }

    private void Swap()
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

    /// <summary>
    /// Gives up the build at once, from any thread (an interrupt's handler, say): later writes throw, and what was
    /// written is deleted while the build's other threads may still be writing. The previous site stays as it was.
    /// It never throws: a folder that cannot be deleted now is left for the next build, which removes it.
    /// </summary>
    public void Abandon()
    {
        lock (gate)
        {
            if (committed)
            {
                return;
            }

            abandoned = true;
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                DeleteIfOurs(staging);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == 10)
                {
                    return;
                }

                Thread.Sleep(20); // a write that began before the flag was set made a file or folder during the delete
            }
        }
    }

    /// <summary>
    /// Staging and previous folders beside <paramref name="target"/> (<c>_site.new-123</c>, <c>_site.old-123</c>) that
    /// a build left when it was killed before it could clean up: those of a process that no longer runs, and only
    /// with the marker, are deleted. A build running now into the same folder keeps its own.
    /// </summary>
    private static void RemoveAbandoned(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var rest = Path.GetFileName(folder) is { } entry && entry.StartsWith(name, StringComparison.Ordinal) ? entry[name.Length..] : "";
            var pid = rest.StartsWith(".new-", StringComparison.Ordinal) || rest.StartsWith(".old-", StringComparison.Ordinal) ? rest[5..] : null;
            if (int.TryParse(pid, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                && id != Environment.ProcessId && !IsRunning(id) && File.Exists(Path.Combine(folder, OutputFolderGuard.MarkerFile)))
            {
                try
                {
                    DeleteOnAllCores(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // tidying up is not the build's business: a folder that will not go stays, and the build goes on
                }
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false; // no such process
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
