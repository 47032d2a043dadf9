using System.Collections.Concurrent;

namespace SiteBuilder.Diagnostics;

/// <summary>
/// One kind of result that a later build may reuse: by key, the inputs it was made from, the result, and the
/// diagnostics it reported (replayed on reuse, so a cached build reports exactly what a full one does).
/// Safe for the parallel phases; keys not used by a build are dropped when it ends.
/// </summary>
public sealed class Memo<TInput, TResult> : Memo
{
    private readonly ConcurrentDictionary<string, (TInput Input, TResult Result, Diagnostic[] Diagnostics)> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);
    private int made;

    /// <summary>How many results the current build had to make (not reuse); reset by <see cref="Prune"/>.</summary>
    public int Made => Volatile.Read(ref made);

    /// <summary>The result for <paramref name="key"/>: reused when <paramref name="same"/> says the stored input matches, else made and stored.</summary>
    /// <param name="keep">Given the stored result and the one just made, the one to use: lets a caller keep the parts that came
    /// out the same, so that later memos comparing them by identity still find them unchanged.</param>
    public TResult Get(string key, TInput input, Func<TInput, TInput, bool> same, Func<DiagnosticBag, TResult> make, DiagnosticBag diagnostics, Func<TResult, TResult, TResult>? keep = null)
    {
        used[key] = 0;
        var found = entries.TryGetValue(key, out var hit);
        if (found && same(hit.Input, input))
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Result;
        }

        Interlocked.Increment(ref made);
        var bag = new DiagnosticBag();
        var result = make(bag);
        if (keep is not null && found)
        {
            result = keep(hit.Result, result);
        }

        var reported = bag.ToSortedList().ToArray();
        entries[key] = (input, result, reported);
        diagnostics.AddRange(reported);
        return result;
    }

    /// <summary>Forgets everything (the settings, bibliography or templates changed).</summary>
    public override void Clear()
    {
        entries.Clear();
        used.Clear();
        made = 0;
    }

    /// <summary>Drops the entries the last build did not use (deleted or renamed files).</summary>
    public override void Prune()
    {
        foreach (var key in entries.Keys.Where(k => !used.ContainsKey(k)))
        {
            entries.TryRemove(key, out _);
        }

        used.Clear();
        made = 0;
    }
}

/// <summary>What a cache needs of every memo, whatever it holds: to forget all, or what a build did not use.</summary>
public abstract class Memo
{
    public abstract void Clear();

    public abstract void Prune();
}
