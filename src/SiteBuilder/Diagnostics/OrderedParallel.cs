namespace SiteBuilder.Diagnostics;

/// <summary>
/// Maps items on all cores while keeping their order, in the results and in the diagnostics: each item reports
/// into a bag of its own, and the bags are merged in order, so a parallel phase stays deterministic.
/// </summary>
public static class OrderedParallel
{
    public static IReadOnlyList<TResult> Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, DiagnosticBag, TResult> map, DiagnosticBag diagnostics)
    {
        var results = new TResult[items.Count];
        var bags = new DiagnosticBag[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            bags[i] = new DiagnosticBag();
            results[i] = map(items[i], bags[i]);
        });
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag);
        }

        return results;
    }

    /// <summary>
    /// Maps items on all cores in batches of consecutive items, each batch on one thread, keeping their order as
    /// <see cref="Map"/> does: the map takes a whole batch (with each item's own bag), so it can take it step by step,
    /// every item's first step before any item's second, and keep each step's code and data in the processor's cache.
    /// </summary>
    public static IReadOnlyList<TResult> MapInBatches<TItem, TResult>(IReadOnlyList<TItem> items, int batchSize, Func<TItem[], DiagnosticBag[], TResult[]> map, DiagnosticBag diagnostics)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var results = new TResult[items.Count];
        var bags = new DiagnosticBag[items.Count];
        Parallel.For(0, (items.Count + batchSize - 1) / batchSize, batch =>
        {
            var start = batch * batchSize;
            var count = Math.Min(batchSize, items.Count - start);
            var batchItems = new TItem[count];
            var batchBags = new DiagnosticBag[count];
            for (var k = 0; k < count; k++)
            {
                batchItems[k] = items[start + k];
                bags[start + k] = batchBags[k] = new DiagnosticBag();
            }

            var mapped = map(batchItems, batchBags);
            Array.Copy(mapped, 0, results, start, count);
        });
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag);
        }

        return results;
    }
}
