using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Preview;

/// <summary>
/// What the server answers with at one moment: the last good site, and the diagnostics of the latest
/// build (errors mean that build failed and its site was not taken).
/// </summary>
public sealed record PreviewSnapshot(IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int Version)
{
    public static PreviewSnapshot Empty { get; } = new(new Dictionary<string, OutputFile>(), [], 0);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
