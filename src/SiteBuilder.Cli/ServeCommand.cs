using SiteBuilder.Preview;

namespace SiteBuilder.Cli;

/// <summary><c>sitebuilder serve</c>: the live-reloading preview, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(DirectoryInfo source, string host, int port, TextWriter stdout, TextWriter stderr, CancellationToken cancellation, string? editor = null, bool verbose = false)
    {
        if (!SiteFolder.IsSite(source, stderr))
        {
            return ExitCodes.Failure; // a preview of nothing would only show errors
        }

        // Ctrl+C and SIGTERM end the preview at any time: during the first build too, before the web host (which
        // handles them once it runs) has started. Nothing is written, so nothing needs finishing.
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var signals = Interrupts(interrupted);
        cancellation = interrupted.Token;
        PreviewServer server;
        try
        {
            editor ??= Environment.GetEnvironmentVariable("SITEBUILDER_EDITOR");
            server = await PreviewServer.StartAsync(new PreviewOptions(source.FullName, host, port) { Editor = editor, Verbose = verbose }, stderr, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            stdout.WriteLine("Stopped."); // interrupted before the server had even started
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            // A bad --host, or a port that is taken: the user's to fix, so no stack trace.
            stderr.WriteLine($"error: cannot serve on {host}:{port}: {e.Message}");
            return 1;
        }

        await using (server)
        {
            if (!server.Stopping && !cancellation.IsCancellationRequested)
            {
                stdout.WriteLine($"Serving {source.FullName} at {server.Address} (drafts included; Ctrl+C to stop)");
                await server.WaitForShutdownAsync(cancellation);
            }
        }

        stdout.WriteLine("Stopped.");
        return 0;
    }

    /// <summary>Cancels <paramref name="interrupted"/> on SIGINT or SIGTERM instead of ending the process there and then.</summary>
    private static Registrations Interrupts(CancellationTokenSource interrupted)
    {
        var registrations = new Registrations();
        foreach (var signal in new[] { System.Runtime.InteropServices.PosixSignal.SIGINT, System.Runtime.InteropServices.PosixSignal.SIGTERM })
        {
            try
            {
                registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    interrupted.Cancel();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // a platform without these signals stops the process as it always does
            }
        }

        return registrations;
    }

    private sealed class Registrations : List<System.Runtime.InteropServices.PosixSignalRegistration>, IDisposable
    {
        public void Dispose() => ForEach(r => r.Dispose());
    }
}
