namespace SiteBuilder.Output;

/// <summary>Where a streaming build hands each file as soon as it is made, from any thread (the staging folder).</summary>
public interface IFileEmitter
{
    void Write(OutputFile file);

    /// <summary>
    /// A file given as bytes that are valid only during the call: a page encoded into a reused buffer, which is
    /// written out without first being copied into an array of its own size (most of a large site's bytes).
    /// </summary>
    void Write(string path, ReadOnlySpan<byte> bytes);
}
