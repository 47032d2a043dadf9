using System.Collections.Concurrent;
using System.Text;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// Text buffers reused from page to page (the rewriter's, the Markdown renderer's; the template contexts keep their
/// own), and the one rule for keeping them: keep them, so a page costs no large allocation, but not one grown for an
/// outsized page (a whole library listed), which would otherwise stay pinned for the rest of the build. Thread-safe.
/// </summary>
public sealed class TextBuffers
{
    /// <summary>The largest buffer kept, in chars.</summary>
    public const int LargestKept = 4 * 1024 * 1024;

    private readonly ConcurrentBag<StringBuilder> idle = [];

    public static bool WorthKeeping(StringBuilder buffer) => buffer.Capacity <= LargestKept;

    /// <summary>An empty buffer with room for <paramref name="capacity"/> chars, a kept one if there is one.</summary>
    public StringBuilder Rent(int capacity)
    {
        var buffer = idle.TryTake(out var reused) ? reused.Clear() : new StringBuilder();
        buffer.EnsureCapacity(capacity);
        return buffer;
    }

    /// <summary>Gives a buffer back once nothing reads it any more.</summary>
    public void Return(StringBuilder buffer)
    {
        if (WorthKeeping(buffer))
        {
            idle.Add(buffer);
        }
    }
}
