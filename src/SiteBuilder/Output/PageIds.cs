namespace SiteBuilder.Output;

/// <summary>
/// A page's ids, each once, held as one text in ordinal order with where each starts: every page of a large site
/// keeps its ids until the checks, and a string apiece (about fifty a page) was most of what they kept.
/// </summary>
public sealed class PageIds
{
    private readonly string text;
    private readonly int[] starts; // starts[i] is where the i-th id begins; it ends where the next begins

    /// <param name="ids">The ids in the order the page has them, repeats included (<see cref="Duplicates"/> names those).</param>
    public PageIds(IReadOnlyList<string> ids)
        : this(ids.Select(id => id.AsMemory()).ToList())
    {
    }

    private PageIds(List<ReadOnlyMemory<char>> ids)
    {
        // sorted, then each id once (a page's ids are sorted for every page of a site: no sets or iterators)
        var sorted = ids.ToArray();
        sorted.AsSpan().Sort(default(OrdinalOrder));
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || !sorted[i].Span.SequenceEqual(sorted[count - 1].Span))
            {
                sorted[count++] = sorted[i];
            }
        }

        Duplicates = count == ids.Count
            ? []
            : ids.Select(id => id.ToString()).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => (g.Key, g.Count())).ToList();
        starts = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            starts[i + 1] = starts[i] + sorted[i].Length;
        }

        text = string.Create(starts[count], (sorted, count), static (span, state) =>
        {
            for (var i = 0; i < state.count; i++)
            {
                state.sorted[i].Span.CopyTo(span);
                span = span[state.sorted[i].Length..];
            }
        });
    }

    /// <summary>The ids as slices of the page they were read from, made no strings of their own (a page has a hundred or more).</summary>
    internal static PageIds FromSlices(List<ReadOnlyMemory<char>> ids) => new(ids);

    public int Count => starts.Length - 1;

    /// <summary>Each id the page uses more than once, with its count, in order of first use (usually none).</summary>
    public IReadOnlyList<(string Id, int Count)> Duplicates { get; }

    /// <summary>Whether an element of the page has the id (a binary search over the sorted ids).</summary>
    public bool Contains(string id)
    {
        var (low, high) = (0, Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = At(middle).SequenceCompareTo(id);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <summary>Whether two pages have the same ids.</summary>
    public bool SameAs(PageIds other) => starts.AsSpan().SequenceEqual(other.starts) && text == other.text;

    /// <summary>The ids in ordinal order.</summary>
    public IEnumerable<string> All()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return At(i).ToString();
        }
    }

    /// <summary>Ordinal order of slices, as a type of its own so that the sort compares them without a delegate call.</summary>
    private readonly struct OrdinalOrder : IComparer<ReadOnlyMemory<char>>
    {
        public int Compare(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Span.SequenceCompareTo(y.Span);
    }

    private ReadOnlySpan<char> At(int index) => text.AsSpan(starts[index], starts[index + 1] - starts[index]);
}
