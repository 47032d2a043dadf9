using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Import;

/// <summary>Turns a plain-text seed into an essay and its references; pure, so the same seed always gives the same files.</summary>
public static class SeedImporter
{
    public static ImportResult? Import(string seedPath, string seedText, DiagnosticBag diagnostics)
    {
        var essay = PlainTextEssayParser.Parse(seedPath, seedText, diagnostics);
        if (essay is null)
        {
            return null;
        }

        var references = new List<ImportedReference>();
        foreach (var (line, number) in essay.ReferenceLines)
        {
            var parsed = ReferenceEntryParser.Parse(line);
            if (parsed is null)
            {
                diagnostics.Error(DiagnosticCodes.ImportFormat, new SourceLocation(seedPath, number, 1), "cannot read this reference: expected 'Authors (Year). Title. …'");
                continue;
            }

            references.Add(parsed with { Id = UniqueId(parsed, references) });
        }

        var slug = Slugs.FromTitle(essay.Title);
        return new ImportResult(
        [
            ($"content/essays/{slug}.md", EssayMarkdownRenderer.Render(essay, seedPath)),
            (Bibliography.BibliographyReader.DefaultFile, ReferencesYamlRenderer.Render(references)),
        ]);
    }

    /// <summary>"levine2010", then "levine2010b" for a second work of the same author and year.</summary>
    private static string UniqueId(ImportedReference reference, List<ImportedReference> earlier)
    {
        var stem = Slugs.FromText(reference.Authors[0].Family).Replace("-", "") + reference.Year;
        var id = stem;
        for (var suffix = 'b'; earlier.Any(r => r.Id == id); suffix++)
        {
            id = stem + suffix;
        }

        return id;
    }
}
