using System.Buffers;
using System.IO.Compression;
using System.Text;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>A file of the built site: its path under the output folder, its bytes, and the source it was made from.</summary>
public sealed record OutputFile(string Path, byte[] Bytes, SourceLocation Origin)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes as they are, or deflated when <see cref="length"/> says how many they inflate to.</summary>
    private readonly byte[] stored = Bytes;

    private readonly int length = -1;

    /// <summary>A file held deflated (<see cref="Held"/>).</summary>
    private OutputFile(string path, byte[] deflated, int length, SourceLocation origin)
        : this(path, deflated, origin)
    {
        this.length = length;
    }

    /// <summary>The file's bytes; a file held deflated is inflated on each call.</summary>
    public byte[] Bytes
    {
        get => length < 0 ? stored : Inflate(stored, length);
        init => (stored, length) = (value, -1);
    }

    public static OutputFile FromText(string path, string text, SourceLocation origin) =>
        new(path, Utf8.GetBytes(text.ReplaceLineEndings("\n")), origin);

    /// <summary>The text of a builder, encoded from its chunks: a large export never becomes one large string first.</summary>
    public static OutputFile FromText(string path, StringBuilder text, SourceLocation origin)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Span.Contains('\r'))
            {
                return FromText(path, text.ToString(), origin); // line endings to make '\n' first
            }
        }

        return new OutputFile(path, Utf8Of(text), origin);
    }

    /// <summary>A builder's text as UTF-8, straight from its chunks rather than through one more string.</summary>
    /// <param name="buffers">Where the encoding's scratch buffer comes from (the shared pool when null).</param>
    internal static byte[] Utf8Of(StringBuilder text, EncodingBuffers? buffers = null) => Encoded(text, buffers, static bytes => bytes.ToArray());

    /// <summary>Hands the text's UTF-8 to <paramref name="emit"/> as the file at <paramref name="path"/>, from a scratch buffer of <paramref name="buffers"/>.</summary>
    internal static void EncodeTo(StringBuilder text, string path, IFileEmitter emit, EncodingBuffers buffers) =>
        Encoded(text, buffers, bytes =>
        {
            emit.Write(path, bytes);
            return true;
        });

    /// <summary>
    /// What <paramref name="use"/> makes of the text's UTF-8, encoded in one pass into a pooled buffer (valid only during
    /// the call) instead of counting its bytes in a pass of their own (that pass was a tenth of the rewriter's time).
    /// The buffer is sized for text that is mostly ASCII, as pages are, and grows when the text is not: sized for the
    /// worst case, three bytes a char, a large page's buffer was a large object of three times its size. Text that
    /// could outgrow the pool's largest array is counted first and, when it does, encoded into a block outside the
    /// collected heap (<see cref="EncodingBuffers"/>).
    /// </summary>
    private static T Encoded<T>(StringBuilder text, EncodingBuffers? buffers, Func<ReadOnlySpan<byte>, T> use)
    {
        if (buffers is not null && Utf8.GetMaxByteCount(text.Length) > EncodingBuffers.LargestArray && ByteCount(text) is var count and > EncodingBuffers.LargestArray)
        {
            var block = buffers.Blocks.Rent(count);
            try
            {
                var span = block.GetSpan()[..count];
                return use(span[..EncodeInto(text, span)]);
            }
            finally
            {
                buffers.Blocks.Return(block);
            }
        }

        var pool = buffers?.Arrays ?? ArrayPool<byte>.Shared;
        var scratch = pool.Rent(Math.Min(Utf8.GetMaxByteCount(text.Length), text.Length + (text.Length / 4) + 64));
        try
        {
            var written = EncodeInto(text, ref scratch, pool);
            return use(scratch.AsSpan(0, written));
        }
        finally
        {
            pool.Return(scratch);
        }
    }

    /// <summary>
    /// How many bytes the text's UTF-8 takes. Each chunk is counted alone, where a pair of surrogates that straddles
    /// two chunks counts as two lone ones, three bytes each (their replacement), for the pair's four.
    /// </summary>
    private static int ByteCount(StringBuilder text)
    {
        var count = 0;
        var endsHigh = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (span.IsEmpty)
            {
                continue;
            }

            count += Utf8.GetByteCount(span) - (endsHigh && char.IsLowSurrogate(span[0]) ? 2 : 0);
            endsHigh = char.IsHighSurrogate(span[^1]);
        }

        return count;
    }

    /// <summary>Encodes the text into <paramref name="destination"/>, which has room for all of it; returns the bytes written.</summary>
    private static int EncodeInto(StringBuilder text, Span<byte> destination)
    {
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, destination[written..], flush: false);
        }

        return written + encoder.GetBytes([], destination[written..], flush: true);
    }

    /// <summary>Encodes the text into <paramref name="scratch"/>, swapped for a larger buffer of the pool when it runs out of room; returns the bytes written.</summary>
    private static int EncodeInto(StringBuilder text, ref byte[] scratch, ArrayPool<byte> pool)
    {
        if (text.GetChunks() is var chunks && chunks.MoveNext() && chunks.Current.Length == text.Length && Utf8.TryGetBytes(chunks.Current.Span, scratch, out var whole))
        {
            return whole;
        }

        var encoder = Utf8.GetEncoder(); // a pair of surrogates may straddle two chunks
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            var rest = chunk.Span;
            while (!rest.IsEmpty)
            {
                Reserve(ref scratch, written, Utf8.GetMaxByteCount(Math.Min(rest.Length, 256)), pool);
                encoder.Convert(rest, scratch.AsSpan(written), flush: false, out var used, out var bytes, out _);
                rest = rest[used..];
                written += bytes;
            }
        }

        Reserve(ref scratch, written, Utf8.GetMaxByteCount(0), pool);
        return written + encoder.GetBytes([], scratch.AsSpan(written), flush: true);
    }

    /// <summary>Makes room for <paramref name="room"/> more bytes after the <paramref name="written"/> ones, in a buffer of the pool at least twice as large when there is not.</summary>
    private static void Reserve(ref byte[] scratch, int written, int room, ArrayPool<byte> pool)
    {
        if (scratch.Length - written >= room)
        {
            return;
        }

        var larger = pool.Rent(Math.Max(scratch.Length * 2, written + room));
        scratch.AsSpan(0, written).CopyTo(larger);
        pool.Return(scratch);
        scratch = larger;
    }

    /// <summary>
    /// A page the preview holds in memory for as long as it serves it: deflated (to about a third) and inflated on
    /// each request, which takes microseconds. A site of 10,000 essays otherwise holds 300 MB of pages.
    /// </summary>
    public static OutputFile Held(string path, byte[] bytes, SourceLocation origin)
    {
        using var packed = new MemoryStream(bytes.Length / 3 + 64);
        using (var deflate = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return new OutputFile(path, packed.ToArray(), bytes.Length, origin);
    }

    /// <summary>Whether two files hold the same bytes, compared deflated when both are held so (deflating is deterministic).</summary>
    public bool SameBytes(OutputFile other) =>
        length >= 0 && other.length >= 0 ? length == other.length && stored.AsSpan().SequenceEqual(other.stored) : Bytes.AsSpan().SequenceEqual(other.Bytes);

    public string Text => Utf8.GetString(Bytes);

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    private static byte[] Inflate(byte[] packed, int length)
    {
        var bytes = new byte[length];
        using var inflate = new ZLibStream(new MemoryStream(packed), CompressionMode.Decompress);
        inflate.ReadExactly(bytes);
        return bytes;
    }
}
