using System.Buffers;
using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Build;

/// <summary>
/// A long list's three exports joined from its works' own export files, which the build has just made, instead of
/// formatting every work a second time (and a third for the reading list): with a whole library of 50,000 works
/// published, the lists' formatting was as much work as the 150,000 files of the works themselves.
/// <list type="bullet">
/// <item>BibTeX is its entries one blank line apart, and RIS its records one after another, as each work's file has
/// them.</item>
/// <item>CSL-JSON is an array whose items are indented as in a work's own one-item array.</item>
/// <item>A text with a carriage return has all of its line endings made '\n' (<see cref="OutputFile.FromText(string, System.Text.StringBuilder, SourceLocation)"/>),
/// which a work's file does on its own text only. Both agree unless a work's file holds another kind of line end (a
/// form feed, U+0085, U+2028, U+2029); for such a list the caller formats the list itself.</item>
/// </list>
/// </summary>
internal sealed class ListExportJoiner
{
    /// <summary>Bytes that begin or end another kind of line end in UTF-8: a form feed, and the last bytes of U+0085, U+2028 and U+2029.</summary>
    private static readonly SearchValues<byte> OtherLineEnds = SearchValues.Create([0x0C, 0x85, 0xA8, 0xA9]);

    private readonly Dictionary<Reference, IReadOnlyList<OutputFile>> files;

    /// <param name="works">The works, each with its own exports in the order .bib, .ris, .json.</param>
    public ListExportJoiner(IEnumerable<(Reference Work, IReadOnlyList<OutputFile> Files)> works)
    {
        files = new Dictionary<Reference, IReadOnlyList<OutputFile>>(ReferenceEqualityComparer.Instance);
        foreach (var (work, made) in works)
        {
            files[work] = made;
        }
    }

    /// <summary>The list's .bib, .ris and .json at <paramref name="folder"/>, or null when a work of it has no files here or holds another kind of line end.</summary>
    public IReadOnlyList<OutputFile>? Join(string folder, IReadOnlyList<Reference> references, SourceLocation origin)
    {
        var (bib, ris, json) = (new byte[references.Count][], new byte[references.Count][], new byte[references.Count][]);
        for (var i = 0; i < references.Count; i++)
        {
            if (!files.TryGetValue(references[i], out var made) || made.Count != 3)
            {
                return null;
            }

            (bib[i], ris[i], json[i]) = (made[0].Bytes, made[1].Bytes, made[2].Bytes); // read once: a file may be held deflated
            if (HasOtherLineEnd(bib[i]) || HasOtherLineEnd(ris[i]))
            {
                return null;
            }
        }

        return
        [
            new OutputFile(folder + ".bib", Concatenated(bib, 0, 0, "\n"u8), origin),
            new OutputFile(folder + ".ris", Concatenated(ris, 0, 0, []), origin),
            new OutputFile(folder + ".json", Concatenated(json, 1, 3, ","u8, "["u8, "\n]\n"u8), origin), // a work's file is "[" + item + "\n]\n"
        ];
    }

    /// <summary>The texts, less <paramref name="dropStart"/> bytes at the start and <paramref name="dropEnd"/> at the end of each, with <paramref name="separator"/> between them.</summary>
    private static byte[] Concatenated(byte[][] texts, int dropStart, int dropEnd, ReadOnlySpan<byte> separator, ReadOnlySpan<byte> before = default, ReadOnlySpan<byte> after = default)
    {
        var joined = new byte[before.Length + texts.Sum(t => t.Length - dropStart - dropEnd) + (separator.Length * Math.Max(texts.Length - 1, 0)) + after.Length];
        before.CopyTo(joined);
        var at = before.Length;
        for (var i = 0; i < texts.Length; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(joined.AsSpan(at));
                at += separator.Length;
            }

            var text = texts[i].AsSpan(dropStart, texts[i].Length - dropStart - dropEnd);
            text.CopyTo(joined.AsSpan(at));
            at += text.Length;
        }

        after.CopyTo(joined.AsSpan(at));
        return joined;
    }

    /// <summary>Whether UTF-8 text holds a line end other than '\n' and '\r' (which <see cref="string.ReplaceLineEndings(string)"/> would also change).</summary>
    internal static bool HasOtherLineEnd(ReadOnlySpan<byte> utf8)
    {
        for (var at = utf8.IndexOfAny(OtherLineEnds); at >= 0; at = Next(utf8, at))
        {
            var found = utf8[at] switch
            {
                0x0C => true,
                0x85 => at >= 1 && utf8[at - 1] == 0xC2,
                _ => at >= 2 && utf8[at - 2] == 0xE2 && utf8[at - 1] == 0x80,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<byte> utf8, int at)
    {
        var next = utf8[(at + 1)..].IndexOfAny(OtherLineEnds);
        return next < 0 ? -1 : at + 1 + next;
    }
}
