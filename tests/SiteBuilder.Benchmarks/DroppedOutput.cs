namespace SiteBuilder.Benchmarks;

/// <summary>Takes the pages as a build's output would, and drops them.</summary>
internal sealed class DroppedOutput : SiteBuilder.Output.IFileEmitter
{
    public void Write(SiteBuilder.Output.OutputFile file)
    {
    }

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
    }
}
