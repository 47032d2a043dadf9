using System.Text;
using SiteBuilder.Diagnostics;
using SiteBuilder.Import;

namespace SiteBuilder.Cli;

/// <summary>
/// <c>sitebuilder import</c>: writes the content files a seed becomes, from any directory, with paths relative to
/// the site. A seed from outside the site is kept verbatim in its <c>seeds/</c>; the new references join an
/// existing references file (those it already has stay as they are); an essay is never overwritten without --force.
/// Everything is worked out before anything is written, so an import that fails leaves the site as it was (a seed
/// that is not text, say, is not copied into it).
/// </summary>
internal static class ImportCommand
{
    public static int Run(FileInfo seed, DirectoryInfo source, bool force, TextWriter stdout, TextWriter stderr)
    {
        var seedPath = Path.GetRelativePath(source.FullName, seed.FullName).Replace('\\', '/');
        if (!seed.Exists)
        {
            stderr.WriteLine($"{seed.FullName}: error {DiagnosticCodes.MissingFile}: no such seed file");
            return 1;
        }

        // the build checks an essay against its seed, which must be part of the site: one from elsewhere is kept in seeds/
        string? kept = null;
        var given = seedPath; // how messages name the seed: the file the user gave
        if (seedPath.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(seedPath))
        {
            kept = Path.Combine(source.FullName, "seeds", seed.Name);
            if (File.Exists(kept) && !File.ReadAllBytes(kept).AsSpan().SequenceEqual(File.ReadAllBytes(seed.FullName)) && !force)
            {
                stderr.WriteLine($"seeds/{seed.Name}: error {DiagnosticCodes.ImportWouldOverwrite}: a different seed of this name is already in the site; rename one, or pass --force");
                return 1;
            }

            given = seed.FullName;
            seedPath = "seeds/" + seed.Name;
        }

        var diagnostics = new DiagnosticBag();
        var text = ReadSeed(seed, given, diagnostics);
        var result = text is null ? null : SeedImporter.Import(seedPath, text, diagnostics);
        if (result is not null && !force)
        {
            var merged = result.Files.Select(f => (File: f, Merged: Merge(f, source) is { } content ? (f.Path, content) : ((string, string)?)null)).ToList();
            result = result with { Files = merged.Select(m => m.Merged ?? m.File).ToList() };
            foreach (var (path, _) in merged.Where(m => m.Merged is null && File.Exists(Path.Combine(source.FullName, m.File.Path))).Select(m => m.File))
            {
                diagnostics.Error(DiagnosticCodes.ImportWouldOverwrite, SourceLocation.File(path), "already exists; content/ is edited by hand after import, so pass --force to overwrite it");
            }
        }

        // what the importer says about the seed's text points at the file given (not yet kept in the site)
        DiagnosticPrinter.Print(diagnostics.ToSortedList().Select(d => d.Location.Path == seedPath && kept is not null ? d with { Location = d.Location with { Path = given } } : d).ToList(), stderr);
        if (result is null || diagnostics.HasErrors)
        {
            return 1;
        }

        // the seed first (verbatim, byte for byte), then what it became
        if (kept is not null && !Write(seedPath, full => File.Copy(seed.FullName, full, overwrite: true), $"kept the seed as {seedPath}"))
        {
            return ExitCodes.Failure;
        }

        foreach (var (path, content) in result.Files)
        {
            if (!Write(path, full => File.WriteAllText(full, content, new UTF8Encoding(false)), $"wrote {path}"))
            {
                return ExitCodes.Failure;
            }
        }

        return 0;

        // one file of the site written, or reported when it cannot be
        bool Write(string path, Action<string> write, string done)
        {
            var full = Path.Combine(source.FullName, path);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                write(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Diagnostic.Error(DiagnosticCodes.WriteFailed, SourceLocation.File(path), $"cannot write this file: {e.Message}"));
                return false;
            }

            stdout.WriteLine(done);
            return true;
        }
    }

    /// <summary>
    /// The references file with the imported references added after the ones it has (a reference whose id it
    /// already has is left as it is there); any other file as imported.
    /// </summary>
    private static string? Merge((string Path, string Content) file, DirectoryInfo source)
    {
        var existing = Path.Combine(source.FullName, file.Path);
        if (!file.Path.EndsWith("references.yaml", StringComparison.Ordinal) || !File.Exists(existing))
        {
            return null;
        }

        var current = File.ReadAllText(existing);
        if (!System.Text.RegularExpressions.Regex.IsMatch(current, @"(?m)^references:\s*$"))
        {
            return null; // not a file we can add to: the import refuses to overwrite it
        }

        var known = System.Text.RegularExpressions.Regex.Matches(current, @"(?m)^- id: *(\S+)").Select(m => m.Groups[1].Value.Trim('"', '\'')).ToHashSet(StringComparer.Ordinal);
        var added = new StringBuilder(current.TrimEnd('\n') + "\n");
        var blocks = System.Text.RegularExpressions.Regex.Split(file.Content[(file.Content.IndexOf("references:", StringComparison.Ordinal) + "references:".Length)..].TrimStart('\n'), @"(?m)^(?=- id:)");
        foreach (var block in blocks.Where(b => b.StartsWith("- id:", StringComparison.Ordinal)))
        {
            var id = System.Text.RegularExpressions.Regex.Match(block, @"^- id: *(\S+)").Groups[1].Value.Trim('"', '\'');
            if (known.Add(id))
            {
                added.Append(block.TrimEnd('\n')).Append('\n');
            }
        }

        return added.ToString();
    }

    /// <summary>The seed's text, with problems reported against <paramref name="shown"/>, the name the user knows it by.</summary>
    private static string? ReadSeed(FileInfo seed, string shown, DiagnosticBag diagnostics)
    {
        try
        {
            return Content.Utf8TextDecoder.Decode(shown, File.ReadAllBytes(seed.FullName), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(shown), $"cannot read this file: {e.Message}");
            return null;
        }
    }
}
