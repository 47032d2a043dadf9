using System.Text;

namespace SiteBuilder.Output;

/// <summary>
/// Writes the site into a fresh sibling folder, then swaps it into place, so the output folder always holds
/// one whole build: a failure part-way (a full disk, say) leaves the previous site untouched. The folder it
/// writes carries <see cref="OutputFolderGuard.MarkerFile"/>; <see cref="OutputFolderGuard"/> decides beforehand
/// whether the folder may be replaced at all.
/// </summary>
public sealed class DiskSink(string outputFolder) : IOutputSink
{
    private static readonly byte[] MarkerText = Encoding.UTF8.GetBytes("This folder is written by SiteBuilder and replaced whole by each build.\n");

    /// <summary>Writes the files; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> means nothing changed.</summary>
    public void Write(IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = target + ".new-" + Environment.ProcessId;
        var previous = target + ".old-" + Environment.ProcessId;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var moved = false;
        try
        {
            Stage(staging, files);
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
                moved = true;
            }

            Directory.Move(staging, target);
            moved = false;
        }
        finally
        {
            if (moved)
            {
                Directory.Move(previous, target); // the swap failed half-way: put the previous site back
            }

            DeleteIfOurs(staging);
            DeleteIfOurs(previous);
        }
    }

    private static void Stage(string staging, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(staging);
        File.WriteAllBytes(Path.Combine(staging, OutputFolderGuard.MarkerFile), MarkerText);
        var root = staging + Path.DirectorySeparatorChar;
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"output path '{file.Path}' leaves the output folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Deletes a staging or previous folder of this process: only one with the marker, or an empty one, is ours to delete.</summary>
    private static void DeleteIfOurs(string folder)
    {
        if (Directory.Exists(folder) && (File.Exists(Path.Combine(folder, OutputFolderGuard.MarkerFile)) || !Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
