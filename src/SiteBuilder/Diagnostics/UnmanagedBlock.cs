using System.Buffers;
using System.Runtime.InteropServices;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// A block of memory outside the collected heap, seen as <see cref="Memory{T}"/>. It is freed only by its
/// finalizer, once nothing refers to it: a <see cref="Memory{T}"/> slice refers to the block, so it cannot outlive
/// it, and one kept by mistake reads stale text, as it would from a pooled array, never freed memory. A
/// <see cref="Span{T}"/> does not refer to the block, so whoever reads one holds the block meanwhile: a renter of
/// <see cref="LargeBuffers{T}"/> reads its block only until it gives it back.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2015", Justification = "Spans are read only while their reader holds the block (see the summary).")]
internal sealed unsafe class UnmanagedBlock<T> : MemoryManager<T>
    where T : unmanaged
{
    private readonly T* start;

    public UnmanagedBlock(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        start = (T*)NativeMemory.Alloc((nuint)length, (nuint)sizeof(T));
        Length = length;
    }

    ~UnmanagedBlock() => NativeMemory.Free(start);

    /// <summary>How many elements the block holds.</summary>
    public int Length { get; }

    public override Span<T> GetSpan() => new(start, Length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (uint)Length);
        return new MemoryHandle(start + elementIndex);
    }

    public override void Unpin()
    {
        // never moves
    }

    /// <summary>Does nothing: the finalizer frees the block when nothing can read it any more (see the class).</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
