using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// Samples what a process allocates by type, from the runtime's own allocation ticks (one event about every
/// 100 KB allocated), in process and without a tracing tool.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private static readonly string[] Reasons = ["small objects' budget", "induced", "low memory", "empty", "large objects' budget", "no space (small)", "no space (large)", "induced, not forced"];
    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> collections = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Recording || e.EventName is null || e.Payload is null)
        {
            return;
        }

        if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
        {
            var depth = e.PayloadNames!.IndexOf("Depth") is var d and >= 0 ? Convert.ToInt32(e.Payload[d], System.Globalization.CultureInfo.InvariantCulture) : -1;
            var reason = e.PayloadNames.IndexOf("Reason") is var r and >= 0 ? Convert.ToInt32(e.Payload[r], System.Globalization.CultureInfo.InvariantCulture) : -1;
            collections.AddOrUpdate($"gen {depth}, {Reasons.ElementAtOrDefault(reason) ?? reason.ToString(System.Globalization.CultureInfo.InvariantCulture)}", 1, (_, n) => n + 1);
            return;
        }

        if (!e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal))
        {
            return;
        }

        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        if (e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(e.Payload[k], System.Globalization.CultureInfo.InvariantCulture) == 1)
        {
            type = "large object: " + type; // 85,000 bytes or more: these count towards the large object heap's budget, whose collections are gen 2
        }

        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public void Print(int top)
    {
        Console.WriteLine("collections: " + string.Join("; ", collections.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} × {c.Key}")));
        var total = bytesByType.Values.Sum();
        Console.WriteLine($"allocation by type (sampled, {total / 1048576.0:F0} MiB seen):");
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"  {100.0 * bytes / total,5:F1} %  {type}");
        }
    }
}
