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
        var text = ReadSeed(seed, seedPath, diagnostics);
        var result = text is null ? null : SeedImporter.Import(seedPath, text, diagnostics);
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

        foreach (var (path, content) in result.Files)
        {
            var full = Path.Combine(source.FullName, path);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, content, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.WriteFailed, SourceLocation.File(path), $"cannot write this file: {e.Message}"));
                return ExitCodes.Failure;
            }

            stdout.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static string? ReadSeed(FileInfo seed, string seedPath, DiagnosticBag diagnostics)
    {
        try
        {
            return Content.Utf8TextDecoder.Decode(seedPath, File.ReadAllBytes(seed.FullName), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(seedPath), $"cannot read this file: {e.Message}");
            return null;
        }
    }
}
