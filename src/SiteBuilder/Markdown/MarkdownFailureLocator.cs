using Markdig;

namespace SiteBuilder.Markdown;

/// <summary>
/// Markdig refuses some input (elements nested past its depth limit) by throwing, without a position.
/// This finds the position from the parser itself: the first line such that parsing the body up to and
/// including it fails. Only the failure path pays for it (a binary search: a few parses more).
/// </summary>
internal static class MarkdownFailureLocator
{
    /// <summary>The 1-based line and column where the body first becomes unparseable.</summary>
    public static (int Line, int Column) Locate(string body, MarkdownPipeline pipeline)
    {
        var lineEnds = LineEnds(body);
        var (low, high) = (0, lineEnds.Count - 1); // the answer is the smallest index whose prefix fails
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fails(body[..lineEnds[middle]], pipeline))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var start = low == 0 ? 0 : lineEnds[low - 1] + 1;
        var line = body.AsSpan(start, Math.Max(0, lineEnds[low] - start));
        var indent = line.Length - line.TrimStart().Length;
        return (low + 1, indent + 1);
    }

    private static List<int> LineEnds(string body)
    {
        var ends = new List<int>();
        for (var i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1))
        {
            ends.Add(i);
        }

        ends.Add(body.Length);
        return ends;
    }

    private static bool Fails(string prefix, MarkdownPipeline pipeline)
    {
        try
        {
            Markdig.Markdown.Parse(prefix, pipeline);
            return false;
        }
        catch (Exception e) when (MarkdownDocumentParser.IsRefusal(e))
        {
            return true;
        }
    }
}
