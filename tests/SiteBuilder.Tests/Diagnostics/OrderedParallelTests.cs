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

        var results = OrderedParallel.MapInBatches(items, batchSize, _ => 1, long.MaxValue, (batch, bags) =>
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

    [Fact]
    public void A_batch_holds_no_more_weight_than_allowed_unless_one_item_alone_is_heavier()
    {
        // weights in the items' order: a run of light items, a heavy one, light ones again
        long[] weights = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 500, 10, 60, 60, 10];
        var items = Enumerable.Range(0, weights.Length).ToList();
        var batches = new ConcurrentBag<int[]>();

        var results = OrderedParallel.MapInBatches(items, 4, i => weights[i], 100, (batch, _) =>
        {
            batches.Add(batch);
            return batch.Select(i => i * 2).ToArray();
        }, new DiagnosticBag());

        Assert.Equal(items.Select(i => i * 2), results);
        var ordered = batches.OrderBy(b => b[0]).Select(b => b.ToList()).ToList();
        Assert.Equal(items, ordered.SelectMany(b => b));
        Assert.Equal([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9], [10], [11, 12], [13, 14]], ordered);
    }

    [Fact]
    public void No_more_items_are_mapped_at_once_than_there_are_cores()
    {
        // more threads than cores share them by turns, and each evicts the others' code and data from the caches; the
        // pool is given threads to spare, as it adds them over a long build, so that only the cap can hold them back
        var (running, most) = (0, 0);
        int Track()
        {
            var now = Interlocked.Increment(ref running);
            for (var seen = Volatile.Read(ref most); now > seen && Interlocked.CompareExchange(ref most, now, seen) != seen; seen = Volatile.Read(ref most))
            {
            }

            Thread.Sleep(5);
            return Interlocked.Decrement(ref running);
        }

        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Environment.ProcessorCount + 4, completion);
        try
        {
            OrderedParallel.Map(Enumerable.Range(0, 64).ToList(), (_, _) => Track(), new DiagnosticBag());
            OrderedParallel.MapInBatches(Enumerable.Range(0, 64).ToList(), 2, _ => 1, long.MaxValue, (batch, _) => batch.Select(_ => Track()).ToArray(), new DiagnosticBag());
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completion);
        }

        Assert.InRange(most, 1, Environment.ProcessorCount);
    }
}
