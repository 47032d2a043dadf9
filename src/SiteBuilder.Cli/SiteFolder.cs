namespace SiteBuilder.Cli;

/// <summary>Whether a folder is a site at all, checked before any command works on it, with what to do if not.</summary>
internal static class SiteFolder
{
    public static bool IsSite(DirectoryInfo source, TextWriter stderr)
    {
        if (File.Exists(source.FullName))
        {
            var folder = Path.GetDirectoryName(source.FullName);
            var hint = folder is not null && File.Exists(Path.Combine(folder, Configuration.SiteConfig.FileName)) ? $" (the site is '{folder}')" : "";
            stderr.WriteLine($"error: '{source.FullName}' is a file; --source takes the site's folder, the one that holds site.yaml{hint}");
            return false;
        }

        if (!source.Exists)
        {
            stderr.WriteLine($"error: the folder '{source.FullName}' does not exist; make a site there with 'sitebuilder new {source.FullName}'");
            return false;
        }

        if (!File.Exists(Path.Combine(source.FullName, Configuration.SiteConfig.FileName)))
        {
            stderr.WriteLine($"error: '{source.FullName}' is not a SiteBuilder site (it has no site.yaml); run in a site's folder, give --source DIR, or make one with 'sitebuilder new DIR'");
            return false;
        }

        return true;
    }
}
