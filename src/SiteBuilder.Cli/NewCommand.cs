using System.Reflection;

namespace SiteBuilder.Cli;

/// <summary>
/// <c>sitebuilder new DIR</c>: writes a site that builds as it is (site.yaml with every setting explained, the
/// templates and assets, an example essay that cites two example works, the references, and the home, about,
/// reading-list, references and 404 pages), and says what to run next. It never writes into a folder that has files.
/// </summary>
internal static class NewCommand
{
    private const string Prefix = "scaffold/";

    public static int Run(DirectoryInfo folder, TextWriter stdout, TextWriter stderr)
    {
        if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
        {
            stderr.WriteLine($"error: '{folder.FullName}' is not empty; give a new folder (nothing of yours is overwritten)");
            return ExitCodes.Failure;
        }

        var assembly = Assembly.GetExecutingAssembly();
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in files)
        {
            var path = Path.Combine(folder.FullName, name[Prefix.Length..].Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var target = File.Create(path);
            source.CopyTo(target);
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.FullName);
        relative = relative.StartsWith("..", StringComparison.Ordinal) ? folder.FullName : relative;
        stdout.WriteLine($"made a new site in {relative} ({files.Count} files): an example essay citing two example works");
        stdout.WriteLine("next:");
        stdout.WriteLine($"  cd {relative}");
        stdout.WriteLine("  sitebuilder serve     # preview at http://127.0.0.1:4000, reloading as you edit");
        stdout.WriteLine("  sitebuilder build     # the site in _site/");
        return ExitCodes.Success;
    }
}
