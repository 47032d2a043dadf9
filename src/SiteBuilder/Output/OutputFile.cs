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
    internal static byte[] Utf8Of(StringBuilder text)
    {
        if (text.Length <= EncodedInScratch)
        {
            return Utf8InScratch(text);
        }

        // a long text (a whole library listed) in slices through a small scratch buffer, gathered at their size
        var gathered = new ArrayBufferWriter<byte>(text.Length + (text.Length / 8));
        var scratch = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(SliceLength));
        try
        {
            var encoder = Utf8.GetEncoder(); // a pair of surrogates may straddle two chunks, or two slices
            foreach (var chunk in text.GetChunks())
            {
                for (var at = 0; at < chunk.Length; at += SliceLength)
                {
                    var slice = chunk.Span.Slice(at, Math.Min(SliceLength, chunk.Length - at));
                    gathered.Write(scratch.AsSpan(0, encoder.GetBytes(slice, scratch, flush: false)));
                }
            }

            gathered.Write(scratch.AsSpan(0, encoder.GetBytes([], scratch, flush: true)));
            return gathered.WrittenSpan.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Hands a page's text as UTF-8 to <paramref name="emit"/> from a pooled buffer, with no array of its own
    /// (false, and nothing written, for a text longer than a scratch buffer takes: the caller writes it as a file).
    /// </summary>
    internal static bool EncodeTo(StringBuilder text, string path, IFileEmitter emit)
    {
        if (text.Length > EncodedInScratch)
        {
            return false;
        }

        return Encoded(text, bytes =>
        {
            emit.Write(path, bytes);
            return true;
        });
    }

    /// <summary>The longest text encoded through a scratch buffer whole (three bytes a char at most); a longer one goes in slices.</summary>
    private const int EncodedInScratch = 1 << 20;

    private const int SliceLength = 1 << 14;

    /// <summary>
    /// A page's text as UTF-8 in one pass: encoded into a pooled buffer large enough for any text of its length, then
    /// copied out at its size, instead of counting its bytes in a pass of their own (that pass was a tenth of the
    /// rewriter's time, and an encoder's count across chunks miscounted a pair of surrogates split between two).
    /// </summary>
    private static byte[] Utf8InScratch(StringBuilder text) => Encoded(text, static bytes => bytes.ToArray());

    /// <summary>What <paramref name="use"/> makes of the text's UTF-8, encoded into a pooled buffer with room for any text of its length and valid only during the call.</summary>
    private static T Encoded<T>(StringBuilder text, Func<ReadOnlySpan<byte>, T> use)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            return use(scratch.AsSpan(0, EncodeInto(text, scratch)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Encodes the text into <paramref name="scratch"/>, which has room for any text of its length; returns the bytes written.</summary>
    private static int EncodeInto(StringBuilder text, byte[] scratch)
    {
        if (text.GetChunks() is var chunks && chunks.MoveNext() && chunks.Current.Length == text.Length)
        {
            return Utf8.GetBytes(chunks.Current.Span, scratch);
        }

        var encoder = Utf8.GetEncoder(); // a pair of surrogates may straddle two chunks
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, scratch.AsSpan(written), flush: false);
        }

        return written + encoder.GetBytes([], scratch.AsSpan(written), flush: true);
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
