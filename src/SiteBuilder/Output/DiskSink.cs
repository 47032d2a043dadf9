namespace SiteBuilder.Output;

/// <summary>
/// Writes the site into a fresh sibling folder, then swaps it into place, so the output folder always holds
/// one whole build: a failure part-way leaves the previous site untouched.
/// </summary>
public sealed class DiskSink(string outputFolder) : IOutputSink
{
    public void Write(IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = target + ".new-" + Environment.ProcessId;
        var previous = target + ".old-" + Environment.ProcessId;
        DeleteIfExists(staging);
        try
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            DeleteIfExists(staging);
            DeleteIfExists(previous);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
