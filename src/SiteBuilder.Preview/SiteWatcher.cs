using System.Threading.Channels;

namespace SiteBuilder.Preview;

/// <summary>
/// Watches site.yaml, content/, templates/, seeds/ and styles/. A burst of file events (editors write several times
/// per save) becomes one call of the change handler once the folder has been quiet for a moment; events
/// during a rebuild lead to one more rebuild after it. Watching begins when the watcher is made, and the handler
/// is given later (<see cref="Start"/>): a file saved while the first build runs is held until then, not lost.
/// </summary>
public sealed class SiteWatcher : IAsyncDisposable
{
    private static readonly string[] WatchedFolders = ["content/", "templates/", "seeds/", "styles/"];

    /// <summary>How long a deletion waits for the file to come back (an editor's delete-then-create save).</summary>
    private static readonly TimeSpan DeleteGrace = TimeSpan.FromMilliseconds(250);

    private readonly string root;
    private readonly FileSystemWatcher watcher;
    private readonly Channel<string> events = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource stop = new();
    private readonly TimeSpan quiet;
    private Task? loop;

    public SiteWatcher(string root, TimeSpan quiet)
    {
        this.quiet = quiet;
        this.root = Path.GetFullPath(root);
        watcher = new FileSystemWatcher(this.root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Notice(e.FullPath);
        watcher.Created += (_, e) => Notice(e.FullPath);
        watcher.Deleted += (_, e) => Notice(e.FullPath);
        watcher.Renamed += (_, e) => Notice(e.FullPath);
        watcher.Error += (_, _) => events.Writer.TryWrite("*"); // the buffer overflowed: rebuild to be safe
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Begins handing changes to <paramref name="onChange"/>, starting with any seen since the watcher was made.</summary>
    public void Start(Func<IReadOnlyList<string>, Task> onChange)
    {
        if (loop is not null)
        {
            throw new InvalidOperationException("the watcher has already started");
        }

        loop = Task.Run(() => RunAsync(onChange, stop.Token));
    }

    /// <summary>Whether a change to this path (relative to the site root, '/' separators) can change the site.</summary>
    public static bool IsRelevant(string relativePath)
    {
        if (Content.ScratchFiles.IsScratch(Path.GetFileName(relativePath)))
        {
            return false; // editor scratch files
        }

        return relativePath == "site.yaml" || WatchedFolders.Any(f => relativePath.StartsWith(f, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        watcher.EnableRaisingEvents = false;
        watcher.Dispose();
        await stop.CancelAsync();
        events.Writer.TryComplete();
        try
        {
            await (loop ?? Task.CompletedTask);
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private void Notice(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (IsRelevant(relative))
        {
            events.Writer.TryWrite(relative);
        }
    }

    private async Task RunAsync(Func<IReadOnlyList<string>, Task> onChange, CancellationToken token)
    {
        var reader = events.Reader;
        while (await reader.WaitToReadAsync(token))
        {
            var burst = new SortedSet<string>(StringComparer.Ordinal);
            do
            {
                while (reader.TryRead(out var path))
                {
                    burst.Add(path);
                }
            }
            while (await MoreWithin(reader, quiet, token));

            // a file that is gone may be an editor saving by delete-then-create: give it a moment to come back,
            // so the rebuild sees the saved file rather than a site without it
            while (burst.Any(p => p != "*" && !File.Exists(Path.Combine(root, p)) && !Directory.Exists(Path.Combine(root, p)))
                   && await MoreWithin(reader, DeleteGrace, token))
            {
                while (reader.TryRead(out var path))
                {
                    burst.Add(path);
                }
            }

            try
            {
                await onChange(burst.ToList());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The handler reports build failures itself; whatever still escapes must not stop the watching.
                Console.Error.WriteLine($"error SB0000: internal error while rebuilding: {e.Message}");
            }
        }
    }

    private static async Task<bool> MoreWithin(ChannelReader<string> reader, TimeSpan quiet, CancellationToken token)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(quiet);
        try
        {
            return await reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return false;
        }
    }
}
