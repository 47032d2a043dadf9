using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SiteBuilder.Preview;

/// <summary>
/// The local preview: builds the site into memory, serves it from Kestrel, watches the sources, and tells
/// open pages to reload (or to swap stylesheets) after each rebuild.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TextWriter log;
    private SiteWatcher? watcher;
    private int rebuilds;
    private readonly bool verbose;

    /// <summary>The collection of each build's leftovers once its reload has been answered (see <see cref="IdleCollection"/>).</summary>
    private readonly IdleCollection idle = new(() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false), TimeSpan.FromMilliseconds(20));

    private PreviewServer(WebApplication app, PreviewSite site, ReloadHub hub, TextWriter log, bool verbose)
    {
        this.app = app;
        this.verbose = verbose;
        Site = site;
        Hub = hub;
        this.log = log;
    }

    public PreviewSite Site { get; }

    public ReloadHub Hub { get; }

    /// <summary>The address the server listens on, with the real port when port 0 was asked for.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Raised after every rebuild with what changed; tests and benchmarks wait on it.</summary>
    public event Action<SiteChange, int>? Rebuilt;

    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellation = default)
    {
        var site = new PreviewSite(options.SourceFolder, options.Clock);
        var hub = new ReloadHub();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(options.SourceFolder) });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(ParseHost(options.Host), options.Port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new PreviewServer(app, site, hub, log, options.Verbose);
        var handler = new PreviewRequestHandler(site, hub, app.Lifetime.ApplicationStopping, EditorLinks.For(options.Editor, options.SourceFolder), server.idle);
        app.Run(handler.HandleAsync);

        // Watch before the first build: a save made while it runs (seconds, on a large site) is rebuilt after it.
        // Listen before it too: a port that is taken is told at once, not after the build, and a page opened
        // meanwhile says the site is being built and loads it when it is.
        var watcher = new SiteWatcher(options.SourceFolder, TimeSpan.FromMilliseconds(options.QuietMilliseconds));
        try
        {
            await app.StartAsync(cancellation);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.Address = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal) + "/");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // Ctrl+C during the first build (seconds, on a large site) stops the server at once and cleanly: the build
            // is left to the process's end rather than waited for.
            var first = Task.Run(() => site.Rebuild());
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, app.Lifetime.ApplicationStopping);
            await ((Task)first).WaitAsync(stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!first.IsCompleted)
            {
                server.watcher = watcher; // disposed with the server, never started
                app.Lifetime.StopApplication();
                return server;
            }

            server.Report(await first, clock.Elapsed);
            hub.Broadcast(new ServerEvent("reload", site.Current.Version.ToString(CultureInfo.InvariantCulture)));
            server.idle.Due(rebuild: 1);
        }
        catch
        {
            await watcher.DisposeAsync();
            await app.DisposeAsync();
            throw;
        }

        server.watcher = watcher;
        watcher.Start(server.OnSourcesChangedAsync);
        return server;
    }

    /// <summary>Whether the server is stopping (Ctrl+C, SIGTERM), perhaps before its first build was done.</summary>
    public bool Stopping => app.Lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>Completes when the host stops (Ctrl+C, SIGTERM, <see cref="DisposeAsync"/>) or <paramref name="cancellation"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation = default) => app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        if (watcher is not null)
        {
            await watcher.DisposeAsync();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Only an explicit --host listens beyond this machine; names other than localhost must be IP addresses.</summary>
    internal static IPAddress ParseHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"--host must be an IP address or 'localhost', not '{host}'");

    private Task OnSourcesChangedAsync(IReadOnlyList<string> paths)
    {
        var started = Interlocked.Increment(ref rebuilds);
        idle.RebuildStarting();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var change = Site.Rebuild(paths);
        Report(change, clock.Elapsed);
        var version = Site.Current.Version.ToString(CultureInfo.InvariantCulture);
        switch (change)
        {
            case SiteChange.Pages or SiteChange.Failed:
                Hub.Broadcast(new ServerEvent("reload", version));
                break;
            case SiteChange.StylesOnly:
                Hub.Broadcast(new ServerEvent("css", version));
                break;
        }

        Rebuilt?.Invoke(change, Site.Current.Version);

        idle.Due(started + 1); // numbered after the first build
        ScheduleTidy(started);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A moment after a rebuild, once the pages have reloaded and the author reads, gives back what the previous
    /// build left behind, so a long session with a large site stays near the size of one build. A later rebuild
    /// cancels it: it never delays a reload.
    /// </summary>
    private void ScheduleTidy(int rebuild) =>
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(
            _ =>
            {
                if (Volatile.Read(ref rebuilds) == rebuild && !app.Lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                }
            },
            TaskScheduler.Default);

    /// <summary>The warnings and notes the console showed after the last build, which the next does not show again.</summary>
    private HashSet<string> shown = new(StringComparer.Ordinal);

    /// <summary>
    /// Prints what the rebuild found and its line. Errors are printed every time; a warning or note the console showed
    /// after the build before is counted, not printed again: a site with 500 of them would otherwise scroll them all
    /// past on every save (and the printing delayed the reload).
    /// </summary>
    private void Report(SiteChange change, TimeSpan took)
    {
        var snapshot = Site.Current;
        var now = new HashSet<string>(StringComparer.Ordinal);
        var (warnings, notes) = (0, 0);
        foreach (var diagnostic in snapshot.Diagnostics)
        {
            var text = diagnostic.ToString();
            if (!diagnostic.IsError)
            {
                now.Add(text);
                if (shown.Contains(text))
                {
                    if (diagnostic.Severity == SiteBuilder.Diagnostics.Severity.Warning)
                    {
                        warnings++;
                    }
                    else
                    {
                        notes++;
                    }

                    continue;
                }
            }

            log.WriteLine(text);
        }

        shown = now;
        var unrepeated = Unrepeated(warnings, notes);
        log.WriteLine(change switch
        {
            SiteChange.Failed when snapshot.Files.Count == 0 => "build failed; there is no good build to serve yet: pages show the errors until it is fixed" + unrepeated,
            SiteChange.Failed => "build failed; still serving the last good site, with the errors over every page" + unrepeated,
            SiteChange.None => $"rebuilt in {took.TotalMilliseconds:F0} ms: nothing changed{unrepeated}",
            SiteChange.StylesOnly => $"rebuilt in {took.TotalMilliseconds:F0} ms: stylesheets changed{unrepeated}",
            _ => $"rebuilt in {took.TotalMilliseconds:F0} ms: {snapshot.Files.Count} files{(Site.PagesMade is { } made ? $", {made} page(s) made anew" : "")}{unrepeated}",
        });
        if (verbose && Site.Phases.Count > 0)
        {
            log.WriteLine("  timings (ms): " + string.Join(", ", Site.Phases.Select(p => $"{p.Phase} {p.Milliseconds.ToString("F0", CultureInfo.InvariantCulture)}")));
        }
    }

    /// <summary>" (500 warnings and 1 note shown before, not repeated)", or "" when there are none.</summary>
    private static string Unrepeated(int warnings, int notes)
    {
        var parts = new[] { warnings > 0 ? SiteBuilder.Diagnostics.Counted.Of(warnings, "warning") : null, notes > 0 ? SiteBuilder.Diagnostics.Counted.Of(notes, "note") : null }.OfType<string>().ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(" and ", parts)} shown before, not repeated)";
    }
}
