namespace SiteBuilder.Content;

/// <summary>
/// A file the walker listed: its full path, its path from the site root with '/' separators, and its size and
/// modification time as the listing saw them (of the target, for a link), which tell the preview whether to read it again.
/// </summary>
internal sealed record WalkedFile(string FullPath, string Relative, (long Length, DateTime LastWriteUtc)? Stamp)
{
    /// <summary>The caller said it holds this file unchanged: it was listed without a stat, and need not be read.</summary>
    public bool Unchanged { get; init; }
}
