namespace SiteBuilder.Preview;

/// <summary>One Server-Sent Event: its name ("reload", "css") and its data line.</summary>
public sealed record ServerEvent(string Name, string Data)
{
    public string ToWire() => $"event: {Name}\ndata: {Data}\n\n";
}
