namespace SiteBuilder.Output;

/// <summary>
/// Writes a whole site at once through <see cref="StagedOutput"/>: the output folder always holds one whole
/// build, and a failure part-way (a full disk, say) leaves the previous site untouched.
/// <see cref="OutputFolderGuard"/> decides beforehand whether the folder may be replaced at all.
/// </summary>
public sealed class DiskSink(string outputFolder) : IOutputSink
{
    /// <summary>Writes the files; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> means nothing changed.</summary>
    public void Write(IReadOnlyList<OutputFile> files)
    {
        using var output = StagedOutput.Begin(outputFolder);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            output.Write(file);
        }

        output.Commit();
    }
}
