namespace SiteBuilder.Output;

/// <summary>
/// A page's ids, each once, held as one text with where each starts and a table that finds them by hash: every page
/// of a large site keeps its ids until the checks, and a string apiece (about fifty a page) was most of what they
/// kept. The table takes the place of a sort, which (about a hundred ids a page, many sharing long prefixes such as
/// "living-under-different-emotional-blueprints-p1") was 8 % of the rewriter's pass.
/// </summary>
public sealed class PageIds
{
    private readonly string text; // the ids, each once, in the order the page first has them
    private readonly int[] starts; // starts[i] is where the i-th id begins; it ends where the next begins

    /// <summary>Open addressing: each slot holds an id's index plus one, or 0 when empty; a power of two, at most half full.</summary>
    private readonly int[] table;

    /// <param name="ids">The ids in the order the page has them, repeats included (<see cref="Duplicates"/> names those).</param>
    public PageIds(IReadOnlyList<string> ids)
        : this(ids.Select(id => id.AsMemory()).ToList())
    {
    }

    private PageIds(List<ReadOnlyMemory<char>> ids)
    {
        var total = 0;
        foreach (var id in ids)
        {
            total += id.Length;
        }

        var size = 4;
        while (size < ids.Count * 2)
        {
            size *= 2;
        }

        table = new int[size];
        var copied = new char[total]; // each id once, as they come
        var at = new List<int>(ids.Count + 1) { 0 };
        int[]? seen = null; // how many times each id stands, made at the first repeat (most pages have none)
        foreach (var id in ids)
        {
            var span = id.Span;
            var slot = Probe(table, copied, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(at), span, out var found);
            if (found >= 0)
            {
                seen ??= Ones(ids.Count);
                seen[found]++;
                continue;
            }

            span.CopyTo(copied.AsSpan(at[^1]));
            at.Add(at[^1] + span.Length);
            table[slot] = at.Count - 1;
        }

        var count = at.Count - 1;
        starts = [.. at];
        text = new string(copied, 0, at[^1]);
        Duplicates = seen is null ? [] : Repeated(seen, count);
    }

    /// <summary>The ids as slices of the page they were read from, made no strings of their own (a page has a hundred or more).</summary>
    internal static PageIds FromSlices(List<ReadOnlyMemory<char>> ids) => new(ids);

    public int Count => starts.Length - 1;

    /// <summary>Each id the page uses more than once, with its count, in order of first use (usually none).</summary>
    public IReadOnlyList<(string Id, int Count)> Duplicates { get; }

    /// <summary>Whether an element of the page has the id.</summary>
    public bool Contains(string id) => Find(id) >= 0;

    /// <summary>Whether two pages have the same ids.</summary>
    public bool SameAs(PageIds other)
    {
        if (Count != other.Count || text.Length != other.text.Length)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (other.Find(At(i)) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ids in ordinal order.</summary>
    public IEnumerable<string> All()
    {
        var all = new string[Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = At(i).ToString();
        }

        Array.Sort(all, StringComparer.Ordinal);
        return all;
    }

    /// <summary>The index of the id, or -1.</summary>
    private int Find(ReadOnlySpan<char> id)
    {
        Probe(table, text, starts, id, out var found);
        return found;
    }

    /// <summary>
    /// The slot of <paramref name="id"/> in <paramref name="table"/>, with its index in <paramref name="found"/>, or the
    /// empty slot where it goes (found -1); the ids are <paramref name="chars"/> cut at <paramref name="starts"/> (the
    /// finished text, or the copy being filled).
    /// </summary>
    private static int Probe(ReadOnlySpan<int> table, ReadOnlySpan<char> chars, ReadOnlySpan<int> starts, ReadOnlySpan<char> id, out int found)
    {
        var mask = table.Length - 1;
        for (var slot = string.GetHashCode(id) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = table[slot];
            if (entry == 0 || chars[starts[entry - 1]..starts[entry]].SequenceEqual(id))
            {
                found = entry - 1;
                return slot;
            }
        }
    }

    private static int[] Ones(int length)
    {
        var ones = new int[length];
        Array.Fill(ones, 1);
        return ones;
    }

    private List<(string Id, int Count)> Repeated(int[] seen, int count)
    {
        var repeated = new List<(string Id, int Count)>();
        for (var i = 0; i < count; i++)
        {
            if (seen[i] > 1)
            {
                repeated.Add((At(i).ToString(), seen[i]));
            }
        }

        return repeated;
    }

    private ReadOnlySpan<char> At(int index) => text.AsSpan(starts[index], starts[index + 1] - starts[index]);
}
