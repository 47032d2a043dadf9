namespace SiteBuilder.Content;

/// <summary>Resolves every symbolic link along a path, as realpath(3) does, so containment can be judged.</summary>
internal static class RealPath
{
    /// <summary>The path with all links resolved; throws <see cref="IOException"/> on a link loop.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            current = info.LinkTarget is null ? next : info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Of(target.FullName) : next;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both already real).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path == folder.TrimEnd(Path.DirectorySeparatorChar) || path.StartsWith(prefix, StringComparison.Ordinal);
    }
}
