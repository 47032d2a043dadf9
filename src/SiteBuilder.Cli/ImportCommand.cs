using System.Text;
using SiteBuilder.Diagnostics;
using SiteBuilder.Import;

namespace SiteBuilder.Cli;

/// <summary><c>sitebuilder import</c>: writes the content files a seed becomes, refusing to overwrite without --force.</summary>
internal static class ImportCommand
{
    public static int Run(FileInfo seed, DirectoryInfo source, bool force, TextWriter stdout, TextWriter stderr)
    {
        var seedPath = Path.GetRelativePath(source.FullName, seed.FullName).Replace('\\', '/');
        if (!seed.Exists)
        {
            stderr.WriteLine($"{seedPath}: error {DiagnosticCodes.MissingFile}: no such seed file");
            return 1;
        }

        var diagnostics = new DiagnosticBag();
        var result = SeedImporter.Import(seedPath, File.ReadAllText(seed.FullName, Encoding.UTF8), diagnostics);
        if (result is not null && !force)
        {
            foreach (var (path, _) in result.Files.Where(f => File.Exists(Path.Combine(source.FullName, f.Path))))
            {
                diagnostics.Error(DiagnosticCodes.ImportWouldOverwrite, SourceLocation.File(path), "already exists; content/ is edited by hand after import, so pass --force to overwrite it");
            }
        }

        DiagnosticPrinter.Print(diagnostics.ToSortedList(), stderr);
        if (result is null || diagnostics.HasErrors)
        {
            return 1;
        }

        foreach (var (path, text) in result.Files)
        {
            var full = Path.Combine(source.FullName, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            stdout.WriteLine($"wrote {path}");
        }

        return 0;
    }
}
