namespace SiteBuilder.Output;

/// <summary>A page after its one rewriting pass: the file to write, and the facts the checks read.</summary>
public sealed record ProcessedPage(OutputFile File, PageFacts Facts);
