using SiteBuilder.Output;

namespace SiteBuilder.Cli;

/// <summary>
/// Hands the build's files to the staging folder from the build's threads. A write that fails (a full disk, or
/// a write after an interrupt abandoned the folder) is remembered rather than thrown into the build, which goes on; the command then reports it and commits nothing.
/// </summary>
internal sealed class OutputWriter(StagedOutput output) : IFileEmitter
{
    private Exception? failure;

    public void Write(OutputFile file) => Write(file.Path, file.Bytes);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        if (Volatile.Read(ref failure) is not null)
        {
            return;
        }

        try
        {
            output.Write(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
    }

    /// <summary>Rethrows the first write failure, if any.</summary>
    public void ThrowIfFailed()
    {
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
