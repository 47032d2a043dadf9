using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The files beside the pages: bibliography exports for each reference and each list, the essays' citations, and assets.</summary>
internal static class DataFileWriter
{
    /// <param name="emit">When streaming, where each reference's exports go as soon as they are made (on all cores);
    /// the other files are left to the caller.</param>
    public static DataFileSet Write(PageContext context, IReadOnlyList<AssetFile> assets, BuildCache? cache = null, IFileEmitter? emit = null)
    {
        var all = context.Citations.Ordered;
        IReadOnlyList<OutputFile> ExportsOf(Reference reference) =>
            Exports(SitePaths.Reference(reference.Id), SitePaths.ReferenceSegment(reference.Id), [reference], reference.Location).ToList();
        var perReference = OrderedParallel.Map(
            all,
            (reference, bag) =>
            {
                var made = cache is null ? ExportsOf(reference) : cache.Exports.Get(reference.Id, reference.Id, string.Equals, _ => ExportsOf(reference), bag);
                if (emit is null)
                {
                    return (Kept: made, Written: (IReadOnlyList<(string, SourceLocation)>)[], Made: (IReadOnlyList<OutputFile>?)made);
                }

                foreach (var file in made)
                {
                    emit.Write(file);
                }

                return (Kept: [], Written: made.Select(f => (f.Path, f.Origin)).ToList(), Made: all.Count < LongList ? null : made);
            },
            new DiagnosticBag());
        var joiner = all.Count < LongList ? null : new ListExportJoiner(all.Select((reference, i) => (reference, perReference[i].Made!)));
        return new DataFileSet(
            perReference.SelectMany(r => r.Kept).Concat(Others(context, assets, cache, joiner)).ToList(),
            perReference.SelectMany(r => r.Written).ToList());
    }

    /// <summary>From how many works a list's exports are joined from the works' own files, or made side by side.</summary>
    private const int LongList = 1024;

    /// <summary>The whole lists' exports, the essays' citation files and the assets.</summary>
    /// <param name="joiner">Joins a long list's exports from its works' own files, when there are long lists.</param>
    private static IEnumerable<OutputFile> Others(PageContext context, IReadOnlyList<AssetFile> assets, BuildCache? cache, ListExportJoiner? joiner)
    {
        var origin = SourceLocation.File(Bibliography.BibliographyReader.DefaultFile);
        var all = context.Citations.Ordered;

        // the whole list's exports, which the preview reuses while the same works stand in the same order
        IReadOnlyList<OutputFile> ListExports(string folderUrl, string stem, IReadOnlyList<Reference> references, SourceLocation at) =>
            cache is null ? ListExportsOf(folderUrl, stem, references, at, joiner)
            : cache.ListExports.Get(folderUrl + stem, references, Memo.SameObjects, _ => ListExportsOf(folderUrl, stem, references, at, joiner), new DiagnosticBag());

        // the two lists' exports side by side: a whole library's are six large files, made one after the other before
        IReadOnlyList<OutputFile> referenceList = [], readingList = [];
        var reading = context.Page("reading-list");
        Parallel.Invoke(
            () => referenceList = all.Count > 0 ? ListExports(SitePaths.ReferencesIndex, "references", all, origin) : [],
            () => readingList = reading is null ? []
                : ListExports(reading.Item.Url, "reading-list", context.ReadingGroups.SelectMany(g => g.References).ToList(), SourceLocation.File(reading.Item.Source.Path)));
        foreach (var file in referenceList.Concat(readingList))
        {
            yield return file;
        }

        IReadOnlyList<OutputFile> CiteFile(Markdown.RenderedDocument essay)
        {
            var self = EssayModelBuilder.EssayAsReference(context, essay);
            return [OutputFile.FromText(SitePaths.OutputPathFor(essay.Item.Url + essay.Item.Slug + ".bib"), BibTeXRenderer.RenderOne(self), self.Location)];
        }

        var citeFiles = OrderedParallel.Map(
            context.Essays,
            (essay, bag) => cache is null ? CiteFile(essay) : cache.Essays.Get(essay.Item.Source.Path, essay, ReferenceEquals, _ => CiteFile(essay), bag),
            new DiagnosticBag());
        foreach (var file in citeFiles.SelectMany(f => f))
        {
            yield return file;
        }

        foreach (var asset in assets)
        {
            yield return new OutputFile("assets/" + asset.Path, asset.Bytes, SourceLocation.File("templates/assets/" + asset.Path));
        }
    }

    /// <summary>
    /// A whole list's three exports. A long list's are joined from its works' own files when it can be, else made side
    /// by side (each is then a large file).
    /// </summary>
    private static IReadOnlyList<OutputFile> ListExportsOf(string folderUrl, string stem, IReadOnlyList<Reference> references, SourceLocation origin, ListExportJoiner? joiner)
    {
        if (references.Count < LongList)
        {
            return Exports(folderUrl, stem, references, origin).ToList();
        }

        var folder = SitePaths.OutputPathFor(folderUrl + stem);
        if (joiner?.Join(folder, references, origin) is { } joined)
        {
            return joined;
        }

        var files = new OutputFile[3];
        Parallel.Invoke(
            () => files[0] = BibTeX(folder, references, origin),
            () => files[1] = Ris(folder, references, origin),
            () => files[2] = CslJson(folder, references, origin));
        return files;
    }

    private static IEnumerable<OutputFile> Exports(string folderUrl, string stem, IReadOnlyList<Reference> references, SourceLocation origin)
    {
        var folder = SitePaths.OutputPathFor(folderUrl + stem);
        yield return BibTeX(folder, references, origin);
        yield return Ris(folder, references, origin);
        yield return CslJson(folder, references, origin);
    }

    private static OutputFile BibTeX(string folder, IReadOnlyList<Reference> references, SourceLocation origin) =>
        OutputFile.FromText(folder + ".bib", BibTeXRenderer.Write(references), origin);

    private static OutputFile Ris(string folder, IReadOnlyList<Reference> references, SourceLocation origin) =>
        OutputFile.FromText(folder + ".ris", RisRenderer.Write(references), origin);

    private static OutputFile CslJson(string folder, IReadOnlyList<Reference> references, SourceLocation origin) =>
        new(folder + ".json", CslJsonRenderer.RenderUtf8(references), origin);
}
