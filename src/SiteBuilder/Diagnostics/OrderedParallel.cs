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
}
