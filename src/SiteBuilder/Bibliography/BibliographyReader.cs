using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Reads the site's bibliography files, in any of the three formats (CSL-YAML, CSL-JSON, BibTeX/BibLaTeX, told
/// apart by extension), into one library. An id defined twice, in one file or across files, is an error at the
/// second definition; the first stays.
/// </summary>
internal static class BibliographyReader
{
    /// <summary>The bibliography a site has when site.yaml names none.</summary>
    public const string DefaultFile = "content/references.yaml";

    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml", ".json", ".bib"];

    /// <summary>One file's references.</summary>
    public static IReadOnlyList<Reference> ReadFile(string path, string text, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".bib")
        {
            return BibTeXReader.Read(path, text, diagnostics);
        }

        var root = extension == ".json" ? JsonBibNodes.Read(path, text, diagnostics) : YamlBibNodes.Read(path, text, diagnostics);
        return root is null ? [] : new CslItemReader(diagnostics).ReadFile(root);
    }

    /// <summary>One file as a library of its own (tests and tools).</summary>
    public static ReferenceLibrary Read(string text, DiagnosticBag diagnostics, string path = DefaultFile) =>
        Merge([(path, ReadFile(path, text, diagnostics))], diagnostics);

    /// <summary>
    /// The library made of <paramref name="files"/> (site paths, with where each was named), looked up with
    /// <paramref name="find"/>; a file that does not exist is an error where it was named.
    /// </summary>
    public static ReferenceLibrary Load(IReadOnlyList<(string Path, SourceLocation NamedAt)> files, Func<string, SourceFile?> find, IEnumerable<string> available, DiagnosticBag diagnostics)
    {
        var read = new List<(string, IReadOnlyList<Reference>)>();
        foreach (var (path, namedAt) in files.DistinctBy(f => f.Path))
        {
            if (!Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, namedAt, $"the bibliography '{path}' is neither CSL-YAML (.yaml), CSL-JSON (.json) nor BibTeX (.bib)");
                continue;
            }

            if (find(path) is not { } file)
            {
                var where = path.StartsWith("content/", StringComparison.Ordinal) ? "" : "; bibliography files live under content/";
                diagnostics.Error(DiagnosticCodes.MissingFile, namedAt, $"the bibliography '{path}' does not exist{where}{SpellingSuggester.Hint(path, available)}");
                continue;
            }

            read.Add((path, ReadFile(path, file.Text, diagnostics)));
        }

        return Merge(read, diagnostics);
    }

    private static ReferenceLibrary Merge(IReadOnlyList<(string Path, IReadOnlyList<Reference> References)> files, DiagnosticBag diagnostics)
    {
        var references = new List<Reference>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var reference in files.SelectMany(f => f.References))
        {
            if (seen.TryGetValue(reference.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateReferenceId, reference.Location, $"duplicate reference id '{reference.Id}' (first defined at {first})");
                continue;
            }

            seen.Add(reference.Id, reference.Location);
            references.Add(reference);
        }

        return new ReferenceLibrary(references, files.Select(f => f.Path).ToList());
    }
}
