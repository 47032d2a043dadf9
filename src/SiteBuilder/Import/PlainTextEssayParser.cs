using SiteBuilder.Diagnostics;

namespace SiteBuilder.Import;

/// <summary>
/// Reads a plain-text essay: a title line, paragraphs (one per line, or separated by blank lines when the text
/// has them), short heading lines, and a closing References section with one entry per line.
/// </summary>
public static class PlainTextEssayParser
{
    private static readonly string[] ReferenceHeadings = ["references", "bibliography", "works cited", "sources"];
    private const int MaxHeadingWords = 12;

    public static PlainTextEssay? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.ReplaceLineEndings("\n").TrimStart('\uFEFF').Split('\n');
        var titleIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (titleIndex < 0)
        {
            diagnostics.Error(DiagnosticCodes.ImportFormat, new SourceLocation(path, 1, 1), "the seed is empty: expected a title line and paragraphs");
            return null;
        }

        var referencesIndex = Array.FindIndex(lines, titleIndex + 1, l => ReferenceHeadings.Contains(l.Trim().TrimEnd(':').ToLowerInvariant()));
        var bodyEnd = referencesIndex < 0 ? lines.Length : referencesIndex;
        var blocks = ReadBlocks(lines, titleIndex + 1, bodyEnd);
        if (!blocks.Any(b => !b.IsHeading))
        {
            diagnostics.Error(DiagnosticCodes.ImportFormat, new SourceLocation(path, titleIndex + 2, 1), "the seed has a title but no paragraphs");
            return null;
        }

        var references = referencesIndex < 0
            ? []
            : Enumerable.Range(referencesIndex + 1, lines.Length - referencesIndex - 1)
                .Where(i => lines[i].Trim().Length > 0)
                .Select(i => (lines[i].Trim(), i + 1))
                .ToList();
        return new PlainTextEssay(lines[titleIndex].Trim(), blocks, references);
    }

    private static List<EssayBlock> ReadBlocks(string[] lines, int start, int end)
    {
        var blankSeparated = Enumerable.Range(start, end - start).Any(i => lines[i].Trim().Length == 0 && i > start && i + 1 < end && lines[i - 1].Trim().Length > 0);
        var blocks = new List<EssayBlock>();
        var i = start;
        while (i < end)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            var first = i;
            var chunk = new List<string> { lines[i].Trim() };
            i++;
            while (blankSeparated && i < end && lines[i].Trim().Length > 0)
            {
                chunk.Add(lines[i].Trim());
                i++;
            }

            var joined = string.Join(' ', chunk);
            blocks.Add(new EssayBlock(chunk.Count == 1 && LooksLikeHeading(joined), joined, first + 1));
        }

        return blocks;
    }

    /// <summary>A heading is a short line that does not end like a sentence.</summary>
    internal static bool LooksLikeHeading(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxHeadingWords && char.IsUpper(line[0]) && !".,;!\"”’)".Contains(line[^1]);
    }
}
