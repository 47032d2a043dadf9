using System.Collections.Concurrent;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// One kind of result that a later build may reuse: by key, the inputs it was made from, the result, and the
/// diagnostics it reported (replayed on reuse, so a cached build reports exactly what a full one does).
/// Safe for the parallel phases; keys not used by a build are dropped when it ends.
/// </summary>
public sealed class Memo<TInput, TResult> : Memo
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int generation;
    private int made;

    /// <summary>How many results the current build had to make (not reuse); reset by <see cref="Prune"/>.</summary>
    public int Made => Volatile.Read(ref made);

    /// <summary>The result for <paramref name="key"/>: reused when <paramref name="same"/> says the stored input matches, else made and stored.</summary>
    /// <param name="keep">Given the stored result and the one just made, the one to use: lets a caller keep the parts that came
    /// out the same, so that later memos comparing them by identity still find them unchanged.</param>
    public TResult Get(string key, TInput input, Func<TInput, TInput, bool> same, Func<DiagnosticBag, TResult> make, DiagnosticBag diagnostics, Func<TResult, TResult, TResult>? keep = null)
    {
        var now = Volatile.Read(ref generation);
        var found = entries.TryGetValue(key, out var hit);
        if (found && same(hit!.Input, input))
        {
            hit.Generation = now;
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Result;
        }

        Interlocked.Increment(ref made);
        var bag = new DiagnosticBag();
        var result = make(bag);
        if (keep is not null && found)
        {
            result = keep(hit!.Result, result);
        }

        var reported = bag.ToSortedList().ToArray();
        entries[key] = new Entry(input, result, reported) { Generation = now };
        diagnostics.AddRange(reported);
        return result;
    }

    /// <summary>
    /// Puts <paramref name="result"/> in place of the stored result for <paramref name="key"/>, keeping the input it
    /// was made from and its diagnostics: a leaner form of the same result (a document without the body its page
    /// no longer needs, say). Nothing happens when the key holds no result.
    /// </summary>
    public void Replace(string key, TResult result)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entries[key] = new Entry(entry.Input, result, entry.Diagnostics) { Generation = entry.Generation };
        }
    }

    /// <summary>Forgets everything (the settings, bibliography or templates changed).</summary>
    public override void Clear()
    {
        entries.Clear();
        made = 0;
    }

    /// <summary>Drops the entries the last build did not use (deleted or renamed files), and starts the next build's count.</summary>
    public override void Prune()
    {
        var last = Volatile.Read(ref generation);
        foreach (var (key, entry) in entries)
        {
            if (entry.Generation != last)
            {
                entries.TryRemove(key, out _);
            }
        }

        Interlocked.Increment(ref generation);
        made = 0;
    }

    /// <summary>A stored result, stamped with the last build that used it.</summary>
    private sealed class Entry(TInput input, TResult result, Diagnostic[] diagnostics)
    {
        public TInput Input { get; } = input;

        public TResult Result { get; } = result;

        public Diagnostic[] Diagnostics { get; } = diagnostics;

        public int Generation { get; set; }
    }
}

/// <summary>What a cache needs of every memo, whatever it holds: to forget all, or what a build did not use.</summary>
public abstract class Memo
{
    /// <summary>Whether two lists hold the very same objects in the same order: how a memo tells that its input, made of
    /// results the cache handed back unchanged, is the same.</summary>
    public static bool SameObjects<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : class =>
        a.Count == b.Count && a.SequenceEqual(b, ReferenceEqualityComparer.Instance);

    public abstract void Clear();

    public abstract void Prune();
}
