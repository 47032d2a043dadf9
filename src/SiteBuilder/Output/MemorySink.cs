namespace SiteBuilder.Output;

/// <summary>Keeps the last written site in memory, replacing it whole on each write.</summary>
public sealed class MemorySink : IOutputSink
{
    public IReadOnlyDictionary<string, OutputFile> Files { get; private set; } = new Dictionary<string, OutputFile>();

    public void Write(IReadOnlyList<OutputFile> files) =>
        Files = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
}
