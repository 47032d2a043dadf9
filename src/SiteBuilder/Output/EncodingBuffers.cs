using System.Buffers;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>
/// Where pages are encoded as UTF-8 before they are written, kept for the whole build: arrays of the build's own
/// pool for pages of the usual size (the shared pool lets its arrays go at every full collection), and blocks outside
/// the collected heap for the outsized pages, whose arrays were large objects. Thread-safe.
/// </summary>
internal sealed class EncodingBuffers
{
    /// <summary>
    /// The largest array rented, in bytes: the pool rents powers of two, and the next, 1 MiB with the array's header,
    /// would be a large object even under the command's raised threshold.
    /// </summary>
    public const int LargestArray = 512 * 1024;

    public ArrayPool<byte> Arrays { get; } = ArrayPool<byte>.Create(LargestArray, 4);

    public LargeBuffers<byte> Blocks { get; } = new();
}
