using System.Numerics;
using System.Runtime.Intrinsics;

namespace SiteBuilder.Markdown;

/// <summary>
/// Counts words, runs of non-space characters that hold a letter or digit, over text that may come in pieces (a word
/// may span two of them), without allocating them. Every paragraph of every essay goes through it, so it is written
/// for speed: a word is counted at its first letter or digit, the first since a space; plain ASCII goes 64
/// characters at a time as bit masks, and other text one character at a time from a table, without branches.
/// </summary>
internal struct WordCounter
{
    private const byte Space = 1;
    private const byte LetterOrDigit = 2;

    /// <summary>How many characters go through the masks at once: one bit each in a <see cref="ulong"/>.</summary>
    private const int Block = 64;

    private int words;

    /// <summary>1 when, of the spaces and letters or digits read so far, the last was a letter or digit: a counted word goes on.</summary>
    private int afterLetter;

    public readonly int Total => words;

    /// <param name="markerIsSpace">Whether <see cref="PlainTextExtractor.CitationMarker"/> stands between words like a space (a citation in a paragraph's text).</param>
    public void Add(ReadOnlySpan<char> text, bool markerIsSpace)
    {
        var table = Ascii;
        var i = 0;
        while (i < text.Length)
        {
            if (text.Length - i >= Block && Vector128.IsHardwareAccelerated && AddAscii(text.Slice(i, Block)))
            {
                i += Block;
                continue;
            }

            // a block with other characters than ASCII (or the last few characters): one at a time
            var end = Math.Min(text.Length, i + Block);
            for (; i < end; i++)
            {
                var c = text[i];
                int kind = c < 128 ? table[c] : Classify(c, markerIsSpace);
                var letter = kind >> 1;
                words += letter & (afterLetter ^ 1);
                afterLetter = letter | (afterLetter & ((kind & Space) ^ 1));
            }
        }
    }

    /// <summary>Counts a block of 64 characters if all are ASCII, from masks of its spaces and letters or digits; false (nothing counted) otherwise.</summary>
    private bool AddAscii(ReadOnlySpan<char> block)
    {
        ulong letters = 0, spaces = 0;
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, short>(block);
        for (var at = 0; at < Block; at += 16)
        {
            // sixteen characters as two vectors, their masks packed into one of bytes and read as sixteen bits
            var (low, high) = (Vector128.Create(chars.Slice(at, 8)), Vector128.Create(chars.Slice(at + 8, 8)));
            if (((low | high) & Vector128.Create(unchecked((short)0xFF80))) != Vector128<short>.Zero)
            {
                return false;
            }

            letters |= (ulong)Bits(IsLetterOrDigit(low), IsLetterOrDigit(high)) << at;
            spaces |= (ulong)Bits(IsSpace(low), IsSpace(high)) << at;
        }

        // for every position, whether the last space or letter at or before it is a letter: the positions between
        // (punctuation) take the value before them, in six doublings
        var known = letters | spaces;
        var afterLetters = letters;
        for (var shift = 1; shift < Block; shift <<= 1)
        {
            afterLetters |= (afterLetters << shift) & ~known;
            known |= known << shift;
        }

        var carry = (ulong)afterLetter;
        afterLetters |= carry * ~known; // punctuation that opens the block goes on from the text before it
        words += BitOperations.PopCount(letters & ~((afterLetters << 1) | carry));
        afterLetter = (int)(afterLetters >> (Block - 1));
        return true;
    }

    private static Vector128<short> IsLetterOrDigit(Vector128<short> v)
    {
        var lower = v | Vector128.Create((short)0x20);
        return (Vector128.GreaterThan(lower, Vector128.Create((short)('a' - 1))) & Vector128.LessThan(lower, Vector128.Create((short)('z' + 1))))
            | (Vector128.GreaterThan(v, Vector128.Create((short)('0' - 1))) & Vector128.LessThan(v, Vector128.Create((short)('9' + 1))));
    }

    private static Vector128<short> IsSpace(Vector128<short> v) =>
        Vector128.Equals(v, Vector128.Create((short)' ')) | (Vector128.GreaterThan(v, Vector128.Create((short)('\t' - 1))) & Vector128.LessThan(v, Vector128.Create((short)('\r' + 1))));

    /// <summary>Sixteen lanes of all ones or zeros as sixteen bits, the first lane lowest.</summary>
    private static uint Bits(Vector128<short> low, Vector128<short> high) =>
        System.Runtime.Intrinsics.X86.Sse2.IsSupported
            ? (uint)System.Runtime.Intrinsics.X86.Sse2.MoveMask(System.Runtime.Intrinsics.X86.Sse2.PackSignedSaturate(low, high).AsByte())
            : low.ExtractMostSignificantBits() | (high.ExtractMostSignificantBits() << 8);

    private static byte Classify(char c, bool markerIsSpace) =>
        char.IsWhiteSpace(c) || (markerIsSpace && c == PlainTextExtractor.CitationMarker) ? Space
        : char.IsLetterOrDigit(c) ? LetterOrDigit
        : (byte)0;

    /// <summary>The kind of each ASCII character: <see cref="Space"/> for tab, line feed, vertical tab, form feed, carriage return and space; <see cref="LetterOrDigit"/> for letters and digits.</summary>
    private static ReadOnlySpan<byte> Ascii =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];
}
