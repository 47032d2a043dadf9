using System.Collections.Concurrent;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Diagnostics;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(0, 8)]
    [InlineData(1, 8)]
    [InlineData(7, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(100, 8)]
    [InlineData(5, 1)]
    public void Batches_are_runs_of_consecutive_items_and_every_item_keeps_its_result_and_its_diagnostics(int count, int batchSize)
    {
        var items = Enumerable.Range(0, count).Select(i => $"item{i:D3}").ToList();
        var batches = new ConcurrentBag<string[]>();
        var diagnostics = new DiagnosticBag();

        var results = OrderedParallel.MapInBatches(items, batchSize, (batch, bags) =>
        {
            batches.Add(batch);
            // step by step, as the render phase does: each item's bag gets one report per step, in step order
            for (var step = 1; step <= 2; step++)
            {
                for (var k = 0; k < batch.Length; k++)
                {
                    bags[k].Warning("SB9", new SourceLocation(batch[k] + ".md", step, 1), $"step {step}");
                }
            }

            return batch.Select(item => item.ToUpperInvariant()).ToArray();
        }, diagnostics);

        Assert.Equal(items.Select(i => i.ToUpperInvariant()), results);
        Assert.All(batches, batch => Assert.InRange(batch.Length, 1, batchSize));
        Assert.Equal(items, batches.OrderBy(b => items.IndexOf(b[0])).SelectMany(b => b));
        Assert.Equal(
            items.SelectMany(i => new[] { $"{i}.md:1:1", $"{i}.md:2:1" }),
            diagnostics.ToSortedList().Select(d => d.Location.ToString()));
    }
}
