namespace SiteBuilder.Content;

/// <summary>
/// Files that editors write beside the one being saved and then rename or delete (vim's "4913", "x.swp" and
/// "x~", JetBrains' "x___jb_tmp___", Emacs' "#x#", "x.tmp"): never part of a site, so a save through one of them
/// changes only the file it was meant to change.
/// </summary>
public static class ScratchFiles
{
    public static bool IsScratch(string name) =>
        name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".swo", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".crswap", StringComparison.Ordinal)
        || name.Contains("___jb_tmp___", StringComparison.Ordinal) || name.Contains("___jb_old___", StringComparison.Ordinal)
        || (name.StartsWith('#') && name.EndsWith('#'));
}
