namespace SiteBuilder.Citations;

/// <summary>
/// Our own reading-list block of a reference (<c>reading:</c> in references.yaml): the theme it is read under,
/// its place in the suggested order, and the pages the reader should turn to.
/// </summary>
public sealed record ReadingInfo(string? Theme, int? Order, string? Pages)
{
    public static ReadingInfo None { get; } = new(null, null, null);
}
