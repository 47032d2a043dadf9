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

        PreviewServer server;
        try
        {
            editor ??= Environment.GetEnvironmentVariable("SITEBUILDER_EDITOR");
            server = await PreviewServer.StartAsync(new PreviewOptions(source.FullName, host, port) { Editor = editor, Verbose = verbose }, stderr);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            // A bad --host, or a port that is taken: the user's to fix, so no stack trace.
            stderr.WriteLine($"error: cannot serve on {host}:{port}: {e.Message}");
            return 1;
        }

        await using (server)
        {
            stdout.WriteLine($"Serving {source.FullName} at {server.Address} (drafts included; Ctrl+C to stop)");
            await server.WaitForShutdownAsync(cancellation);
        }

        stdout.WriteLine("Stopped.");
        return 0;
    }
}
