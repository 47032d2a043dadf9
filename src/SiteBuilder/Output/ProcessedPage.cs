namespace SiteBuilder.Output;

/// <summary>
/// A page after its one rewriting pass: the facts the checks read, and the file to write, unless it was
/// already handed to the output as it was made (then <see cref="File"/> is null and the page is not held).
/// </summary>
public sealed record ProcessedPage(OutputFile? File, PageFacts Facts)
{
    /// <summary>What the fidelity check reads of the page, for a page it reads (<see cref="RenderedPage.Read"/>).</summary>
    public PageReading? Reading { get; init; }
}
