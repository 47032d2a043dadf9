using System.Buffers;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// A growing byte buffer drawn from the shared array pool and given back when disposed: for JSON that is made, read
/// once into a string, and dropped (every page's JSON-LD, every reference's CSL-JSON), so that each does not leave
/// an array or two of its own for the collector.
/// </summary>
public sealed class PooledByteWriter(int initialCapacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));
    private int written;

    /// <summary>What has been written so far (valid until the next write or disposal).</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - written);
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var at = Reserve(sizeHint); // first: it may put a larger array in place
        return buffer.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return buffer.AsSpan(at);
    }

    public void Dispose()
    {
        var pooled = buffer;
        buffer = [];
        written = 0;
        if (pooled.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes (one, when none is named) and returns where they start.</summary>
    private int Reserve(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            WrittenSpan.CopyTo(larger);
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            buffer = larger;
        }

        return written;
    }
}
