namespace SiteBuilder.Output;

/// <summary>Where a successful build's files go: a folder on disk, or memory for preview and tests.</summary>
public interface IOutputSink
{
    void Write(IReadOnlyList<OutputFile> files);
}
