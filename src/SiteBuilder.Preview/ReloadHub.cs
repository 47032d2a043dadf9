using System.Threading.Channels;

namespace SiteBuilder.Preview;

/// <summary>The open pages listening over Server-Sent Events; each gets its own queue of events.</summary>
public sealed class ReloadHub
{
    private readonly Lock gate = new();
    private readonly List<Channel<ServerEvent>> listeners = [];

    public int ListenerCount
    {
        get
        {
            lock (gate)
            {
                return listeners.Count;
            }
        }
    }

    public ChannelReader<ServerEvent> Subscribe()
    {
        var channel = Channel.CreateBounded<ServerEvent>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            listeners.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<ServerEvent> reader)
    {
        lock (gate)
        {
            listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Broadcast(ServerEvent message)
    {
        lock (gate)
        {
            foreach (var listener in listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }
}
