using System.Collections.Concurrent;
using System.Text;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// Text buffers reused from page to page (the rewriter's, the Markdown renderer's; the template contexts keep their
/// own), and the rules for them. A buffer is kept as one block, so a page of the usual size costs no allocation;
/// but no block is made as large as an outsized page (a reference cited by hundreds of essays, a whole library
/// listed): a large array is a large object, and at 10,000 essays the large objects made for the largest pages
/// brought on full collections of the whole heap. Such a page's buffer grows in small blocks and is let go. Thread-safe.
/// </summary>
public sealed class TextBuffers
{
    /// <summary>
    /// The largest buffer kept, and the largest made one block, in chars: its array (two bytes a char) stays below the
    /// large-object threshold (1 MiB, set in the command's project).
    /// </summary>
    public const int LargestBlock = 256 * 1024;

    private readonly ConcurrentBag<StringBuilder> idle = [];

    /// <summary>An empty buffer with room for <paramref name="capacity"/> chars, a kept one if there is one, or for an outsized page one that grows in small blocks.</summary>
    /// <param name="oneBlock">Whether even an outsized page's buffer is one block, for a caller that reads the text in
    /// place (which would otherwise join the blocks into one more copy of it).</param>
    public StringBuilder Rent(int capacity, bool oneBlock = false)
    {
        if (capacity > LargestBlock)
        {
            return new StringBuilder(oneBlock ? capacity : LargestBlock);
        }

        var buffer = idle.TryTake(out var reused) ? reused.Clear() : new StringBuilder();
        if (buffer.Capacity < capacity)
        {
            // at least doubled, so that pages a little larger each time do not each make it anew
            buffer.EnsureCapacity(Math.Min(LargestBlock, Math.Max(capacity, buffer.Capacity * 2)));
        }

        return buffer;
    }

    /// <summary>Gives a buffer back once nothing reads it any more; one grown past <see cref="LargestBlock"/> is let go.</summary>
    public void Return(StringBuilder buffer)
    {
        if (buffer.Capacity <= LargestBlock)
        {
            idle.Add(buffer);
        }
    }
}
