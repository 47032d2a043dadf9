using System.Threading.Channels;
using SiteBuilder.Preview;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>A preview server on an ephemeral port over a temporary copy of the site, with an event-stream client.</summary>
public sealed class PreviewHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<string> events = Channel.CreateUnbounded<string>();
    private readonly Channel<SiteChange> rebuilds = Channel.CreateUnbounded<SiteChange>();

    private readonly StringWriter text;
    private readonly TextWriter log; // text, synchronized: each write locks this wrapper

    private PreviewHarness(TempSiteFolder site, PreviewServer server, StringWriter text, TextWriter log)
    {
        this.text = text;
        this.log = log;
        Site = site;
        Server = server;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        server.Rebuilt += (change, _) => rebuilds.Writer.TryWrite(change);
    }

    public TempSiteFolder Site { get; }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>What the server has written to its console so far.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return text.ToString();
            }
        }
    }

    /// <param name="adjust">Changes to the options (a longer quiet time, another clock) before the server starts.</param>
    public static async Task<PreviewHarness> StartAsync(Func<PreviewOptions, PreviewOptions>? adjust = null)
    {
        var site = new TempSiteFolder();
        var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        var options = new PreviewOptions(site.Path, Port: 0);
        var server = await PreviewServer.StartAsync(adjust is null ? options : adjust(options), log);
        return new PreviewHarness(site, server, text, log);
    }

    /// <summary>Opens the event stream and returns once the server has said it is connected.</summary>
    public async Task ListenAsync()
    {
        var response = await Http.GetAsync("__sitebuilder/events", HttpCompletionOption.ResponseHeadersRead, stop.Token);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        var first = await reader.ReadLineAsync(stop.Token);
        Assert.StartsWith(": connected", first);
        _ = Task.Run(async () =>
        {
            try
            {
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal) && line != "event: hello")
                    {
                        events.Writer.TryWrite(line["event: ".Length..]);
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
            }
        });
    }

    /// <summary>Waits until an open page has connected to the event stream.</summary>
    public async Task WaitForListenersAsync(int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Server.Hub.ListenerCount == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no page connected to the event stream");
            await Task.Delay(20);
        }
    }

    // The waits are long: they cost nothing when the event comes, and a shared CI machine that is also compiling
    // and starting browsers can take seconds to rebuild.
    public async Task<string> NextEventAsync(int seconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await events.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"no event within {seconds} s; the server wrote:\n{Log}");
        }
    }

    public async Task<SiteChange> NextRebuildAsync(int seconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await rebuilds.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"no rebuild within {seconds} s; the server wrote:\n{Log}");
        }
    }

    /// <summary>Rebuilds that happen within the given time, for checking that a burst led to one.</summary>
    public async Task<int> CountRebuildsWithinAsync(TimeSpan span)
    {
        await Task.Delay(span);
        var count = 0;
        while (rebuilds.Reader.TryRead(out _))
        {
            count++;
        }

        return count;
    }

    public string EssayFile => Site.Combine("content", "essays", "when-kindness-turns-to-heartbreak.md");

    public void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        Http.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
        stop.Dispose();
    }
}
