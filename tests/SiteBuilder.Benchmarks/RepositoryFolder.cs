namespace SiteBuilder.Benchmarks;

/// <summary>Finds the repository root and makes throw-away copies of its site.</summary>
internal static class RepositoryFolder
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SiteBuilder.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    public static string CopySite(string root)
    {
        var target = Path.Combine(Path.GetTempPath(), "sitebuilder-bench-" + Guid.NewGuid().ToString("N"));
        File.Copy(Path.Combine(root, "site.yaml"), Path.Combine(Directory.CreateDirectory(target).FullName, "site.yaml"));
        foreach (var folder in new[] { "content", "templates", "seeds" }.Where(f => Directory.Exists(Path.Combine(root, f))))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(target, Path.GetRelativePath(root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        return target;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
