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
        if (File.Exists(folder.FullName))
        {
            stderr.WriteLine($"error: '{folder.FullName}' is a file; give a new folder (nothing of yours is overwritten)");
            return ExitCodes.Failure;
        }

        if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
        {
            stderr.WriteLine($"error: '{folder.FullName}' is not empty; give a new folder (nothing of yours is overwritten)");
            return ExitCodes.Failure;
        }

        var assembly = Assembly.GetExecutingAssembly();
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var existed = folder.Exists;
        try
        {
            Write(assembly, files, folder.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a half-made site would only be refused next time as "not empty": what was written goes again
            RemoveWritten(folder.FullName, existed);
            stderr.WriteLine(Diagnostics.Diagnostic.Error(Diagnostics.DiagnosticCodes.WriteFailed, Diagnostics.SourceLocation.File(folder.FullName), $"cannot make the site here: {e.Message}"));
            return ExitCodes.Failure;
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

    private static void Write(Assembly assembly, IReadOnlyList<string> files, string folder)
    {
        foreach (var name in files)
        {
            var path = Path.Combine(folder, name[Prefix.Length..].Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(target);
        }
    }

    /// <summary>Takes back a site that could not be written whole: the folder it made, or what it put in the empty folder it was given.</summary>
    private static void RemoveWritten(string folder, bool existed)
    {
        try
        {
            if (!existed)
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return;
            }

            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo directory)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // what cannot be written can often not be deleted either; the message above says where
        }
    }
}
