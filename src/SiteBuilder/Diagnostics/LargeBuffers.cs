namespace SiteBuilder.Diagnostics;

/// <summary>
/// Buffers for the few outsized pages of a large site (a reference cited by hundreds of essays, an index of
/// thousands), kept outside the collected heap and reused. As arrays, each was a large object, and the collector
/// answers a few MiB of large objects with a full collection of the whole heap: at 10,000 essays, two of them,
/// with the site's facts and documents to mark (README, Performance). Thread-safe.
/// </summary>
internal sealed class LargeBuffers<T>
    where T : unmanaged
{
    /// <summary>How many idle blocks are kept; more (a build on many cores) are left to their finalizers.</summary>
    private const int Kept = 4;

    /// <summary>The smallest block made, in elements: pages a little larger each time do not each make one.</summary>
    private const int Smallest = 256 * 1024;

    /// <summary>The largest block made a power of two (see <see cref="Size"/>).</summary>
    private const int Doubled = 8 * 1024 * 1024;

    private readonly List<UnmanagedBlock<T>> idle = [];
    private readonly Lock gate = new();

    /// <summary>A block of at least <paramref name="length"/> elements: the smallest idle one that is large enough, or a new one.</summary>
    public UnmanagedBlock<T> Rent(int length)
    {
        lock (gate)
        {
            var best = -1;
            for (var i = 0; i < idle.Count; i++)
            {
                if (idle[i].Length >= length && (best < 0 || idle[i].Length < idle[best].Length))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                var found = idle[best];
                idle.RemoveAt(best);
                return found;
            }
        }

        return new UnmanagedBlock<T>(Size(length));
    }

    /// <summary>
    /// A power of two up to <see cref="Doubled"/> elements, so that a block serves the pages up to twice the size of
    /// the one that made it; above, the length rounded up to a multiple of <see cref="Doubled"/>, not doubled (a
    /// page that lists a whole library is tens of MB).
    /// </summary>
    private static int Size(int length) =>
        length <= Doubled
            ? (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(length, Smallest))
            : (int)Math.Min(Array.MaxLength, ((long)length + Doubled - 1) / Doubled * Doubled);

    /// <summary>
    /// Gives a block back once nothing reads it; when enough are kept, the smallest is let go, and a block past
    /// <see cref="Doubled"/> elements is not kept at all (a whole library listed is one page of a site).
    /// </summary>
    public void Return(UnmanagedBlock<T> block)
    {
        if (block.Length > Doubled)
        {
            return;
        }

        lock (gate)
        {
            idle.Add(block);
            if (idle.Count > Kept)
            {
                var smallest = 0;
                for (var i = 1; i < idle.Count; i++)
                {
                    smallest = idle[i].Length < idle[smallest].Length ? i : smallest;
                }

                idle.RemoveAt(smallest);
            }
        }
    }
}
