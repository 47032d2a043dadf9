namespace SiteBuilder.Preview;

/// <summary>
/// Collects what the previous build left behind as soon as the page that a rebuild reloads has been served and the
/// server has gone quiet, so the collector's pause falls where nobody waits. Left alone, the previous builds' pages
/// pile up in the collector's oldest generation until it clears them in the middle of a later rebuild: at 10,000
/// essays a pause of 50–130 ms in about one save of ten, which is what the slowest saves were made of.
/// </summary>
/// <param name="collect">The collection (a full blocking one; tests count the calls).</param>
/// <param name="quiet">How long no request may be running before the server counts as quiet.</param>
internal sealed class IdleCollection(Action collect, TimeSpan quiet)
{
    /// <summary>How often a collection waits out a quiet period that a new request broke before it gives up.</summary>
    private const int MostWaits = 50;

    /// <summary>The rebuild whose leftovers are due for collecting, or 0 when none is.</summary>
    private int due;

    /// <summary>Requests being answered (a page's event stream is not counted: it stays open).</summary>
    private int answering;

    /// <summary>When the last request was answered, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    private long lastAnswered;

    /// <summary>A rebuild numbered <paramref name="rebuild"/> (from 1) is served: collect once its reload has been answered.</summary>
    public void Due(int rebuild) => Volatile.Write(ref due, rebuild);

    /// <summary>A rebuild begins: a collection not yet started waits for its end rather than pausing it.</summary>
    public void RebuildStarting() => Volatile.Write(ref due, 0);

    public void RequestStarted() => Interlocked.Increment(ref answering);

    /// <summary>A request was answered: once the server stays quiet, what is due is collected.</summary>
    public void RequestAnswered()
    {
        Volatile.Write(ref lastAnswered, Environment.TickCount64);
        Interlocked.Decrement(ref answering);
        if (Volatile.Read(ref due) is var rebuild and > 0)
        {
            WhenQuiet(rebuild, MostWaits);
        }
    }

    private void WhenQuiet(int rebuild, int waits) =>
        _ = Task.Delay(quiet).ContinueWith(_ => Collect(rebuild, waits), TaskScheduler.Default);

    private void Collect(int rebuild, int waits)
    {
        if (Volatile.Read(ref due) != rebuild)
        {
            return; // collected already, or a newer rebuild is running or due
        }

        var quietFor = Environment.TickCount64 - Volatile.Read(ref lastAnswered);
        if (Volatile.Read(ref answering) > 0 || quietFor < (long)quiet.TotalMilliseconds)
        {
            if (waits > 0)
            {
                WhenQuiet(rebuild, waits - 1); // a request came meanwhile (a stylesheet the page asks for, say)
            }

            return;
        }

        if (Interlocked.CompareExchange(ref due, 0, rebuild) == rebuild)
        {
            collect();
        }
    }
}
