using System.Buffers;
using System.Text;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>
/// Decodes a source file as strict UTF-8. Invalid bytes are an error at their line and column instead of
/// turning silently into U+FFFD on the published page; a NUL byte (a binary file, or a damaged one) is too.
/// </summary>
internal static class Utf8TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text with a BOM dropped and line endings made '\n', or null with a diagnostic.</summary>
    public static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics) =>
        IsText(path, bytes, diagnostics) ? Strict.GetString(WithoutBom(bytes)).ReplaceLineEndings("\n") : null;

    private static ReadOnlySpan<byte> WithoutBom(byte[] bytes) => bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;

    /// <summary>Whether the bytes are text this reader takes (UTF-8, no NUL), without decoding them; if not, a diagnostic says why.</summary>
    public static bool IsText(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var body = WithoutBom(bytes);

        if (LooksLikeUtf16(body))
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceLocation(path, 1, 1), "the file is UTF-16, not UTF-8; save it as UTF-8");
            return false;
        }

        var invalid = FirstInvalid(body);
        if (invalid >= 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, Position(path, body, invalid), $"byte 0x{body[invalid]:X2} is not valid UTF-8 here; save the file as UTF-8 (or retype the character)");
            return false;
        }

        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, Position(path, body, nul), "the file contains a NUL byte; is it a binary file?");
            return false;
        }

        return true;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(stackalloc byte[] { 0xFF, 0xFE }) || bytes.StartsWith(stackalloc byte[] { 0xFE, 0xFF });

    /// <summary>The index of the first byte that does not begin a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    /// <summary>1-based line, and column counted in characters as the parsers count them.</summary>
    private static SourceLocation Position(string path, ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceLocation(path, line, column);
    }
}
