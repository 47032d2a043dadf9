using System.Text;

namespace SiteBuilder.Content;

/// <summary>
/// A text file of the site's input, named by its path from the site root with '/' separators. Files read from
/// disk keep their UTF-8 bytes and decode on each use, which halves what a large site holds in memory.
/// </summary>
public sealed class SourceFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? text;
    private readonly byte[]? utf8;

    public SourceFile(string path, string text)
    {
        Path = path;
        this.text = text;
    }

    private SourceFile(string path, byte[] utf8)
    {
        Path = path;
        this.utf8 = utf8;
    }

    public string Path { get; }

    /// <summary>The size and modification time it was read with, so a later load can keep it without reading it again.</summary>
    public (long Length, DateTime LastWriteUtc)? Stamp { get; init; }

    public string Text => text ?? Utf8.GetString(utf8!);

    /// <summary>About how large the file is, without decoding it: its bytes as read, or its text's length.</summary>
    internal int Size => utf8?.Length ?? text!.Length;

    /// <summary>The file's UTF-8 bytes when it was read from disk and kept so; empty for a file made from text.</summary>
    internal ReadOnlySpan<byte> Utf8Bytes => utf8;

    /// <summary>The text of the first <paramref name="byteCount"/> bytes of <see cref="Utf8Bytes"/> (a whole number of lines).</summary>
    internal string Decode(int byteCount) => Utf8.GetString(utf8!, 0, byteCount);

    /// <summary>How many chars the bytes from <paramref name="start"/> on (a line's start) decode to.</summary>
    internal int CharCount(int start) => Utf8.GetCharCount(utf8.AsSpan(start));

    /// <summary>Decodes the bytes from <paramref name="start"/> on (a line's start) into <paramref name="destination"/>.</summary>
    internal void DecodeInto(int start, Span<char> destination) => Utf8.GetChars(utf8.AsSpan(start), destination);

    /// <summary>A file whose bytes are valid UTF-8 with '\n' line endings and no BOM, as <see cref="Utf8TextDecoder"/> leaves them.</summary>
    public static SourceFile FromUtf8(string path, byte[] utf8, (long Length, DateTime LastWriteUtc)? stamp = null) => new(path, utf8) { Stamp = stamp };

    /// <summary>Whether two files hold the same text (and path), comparing bytes where both were read from disk.</summary>
    public bool SameAs(SourceFile other) =>
        ReferenceEquals(this, other)
        || Path == other.Path
        && (utf8 is not null && other.utf8 is not null ? utf8.AsSpan().SequenceEqual(other.utf8) : Text == other.Text);

    public override string ToString() => Path;
}
