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
        var encoder = Utf8.GetEncoder(); // a pair of surrogates may straddle two chunks
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
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
