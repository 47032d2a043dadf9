using SiteBuilder.Checks;
using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Import;
using SiteBuilder.Markdown;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>
/// The one place that knows the order of the phases: load, assemble, render, template, post-process, check.
/// It is pure: sources in, files and diagnostics out; writing them is the caller's business.
/// </summary>
public static class SiteBuild
{
    /// <summary>The render phase's name in <see cref="BuildProgress"/>: after it, every source and body has been let go.</summary>
    public const string RenderPhase = "render";

    /// <summary>The phase that makes every page but the essays' (references, indexes, the reading list) and post-processes them.</summary>
    public const string PagesPhase = "template and post-process";

    private static readonly IReadOnlyList<ICheck> Checks =
    [
        new LinkCheck(), new NavCheck(), new DuplicateIdCheck(), new ImageAltCheck(), new HeadingOrderCheck(), new InsecureLinkCheck(),
        new ReferenceFieldsCheck(), new FidelityCheck(),
    ];

    /// <summary>Builds the site. With <paramref name="emit"/>, every file goes there as soon as it is made (from any thread)
    /// and the result holds none, so memory does not grow with the site; the caller commits them only if the build succeeded.</summary>
    /// <param name="cache">The preview's cache of earlier builds, so an edit rebuilds only what depends on it; null for a full build.</param>
    /// <remarks>Compiled fully optimized from the first call (no quick first tier): unoptimized code reports every
    /// local as live to the end of the method, and this frame's locals would then hold every source of the site
    /// (through the loaded site's list of documents) until the build ends, where the render phase lets each go.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static BuildResult Run(SiteSources sources, BuildOptions? options = null, IFileEmitter? emit = null, BuildCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        options ??= new BuildOptions();
        diagnostics.AddRange(sources.Problems);
        if (diagnostics.HasErrors)
        {
            // Files that could not be read would only cause misleading errors further on.
            return new BuildResult([], Finish(diagnostics, options), new BuildStats(0, 0, 0, 0));
        }

        var timer = new PhaseTimer { Progress = options.Progress };
        cache?.Begin(sources, options);
        var site = SiteLoader.Load(sources, options, diagnostics, cache);
        timer.Lap("load", $"{Counted.Of(site.Items.Count, "document")}, {Counted.Of(site.Library.References.Count, "reference")}");
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, site, options);
        }

        var templates = new TemplateRenderer(site.Templates, options.Templates);
        var basePath = options.Preview ? "/" : BasePath(site.Config.BaseUrl);
        var rewriter = new PageRewriter(basePath, options.Preview);
        var fidelityPaths = site.Items.Where(i => i.Meta.Source is not null).Select(i => i.OutputPath).ToHashSet(StringComparer.Ordinal);
        var (assets, seeds) = (sources.Assets, sources.Seeds);
        // the render phase consumes the items, letting each source go once its document is rendered
        var items = site.Items.ToArray();
        site = site with { Items = [] };
        sources = null!;
        var rendered = new RenderPhase(site, items, options, cache, templates, rewriter, emit, fidelityPaths).Run(diagnostics);
        var context = rendered.Context;
        timer.Lap(RenderPhase, $"{Counted.Of(context.Documents.Count, "document")}, {Counted.Of(context.Documents.Sum(d => d.CitationCount), "citation")}");
        var fidelity = FidelitySources(seeds, context.Documents, diagnostics);
        var processed = new PageRenderingPhase(context, templates, rewriter, diagnostics, emit, fidelityPaths) { Cache = cache, Done = rendered.EssayPages }.Render();
        var prints = options.Pdf ? new PrintRenderingPhase(context, templates, diagnostics, options.Time).Render() : [];
        timer.Lap(PagesPhase, Counted.Of(processed.Count, "page") + (prints.Count > 0 ? $", {Counted.Of(prints.Count, "print layout")}" : ""));
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, site, options);
        }

        var pagePaths = processed.Select(p => p.Facts.Path).ToList();
        var (others, otherPaths) = DataFiles(context, assets, pagePaths, options, cache, emit);
        timer.Lap("data files", Counted.Of(otherPaths.Count, "file"));
        var built = new BuiltSite(pagePaths.Concat(otherPaths.Select(f => f.Path)).Concat(prints.Select(p => p.PdfPath)).ToHashSet(StringComparer.Ordinal), processed.Select(p => p.Facts).ToList(), fidelity, context.Library)
        {
            BasePath = basePath,
            Nav = site.Config.Nav,
            LinkFindings = cache?.LinkFindings,
            FidelityPages = processed.Where(p => p.Reading is not null).ToDictionary(p => p.Facts.Path, p => p.Reading!, StringComparer.Ordinal),
        };
        Check(built, diagnostics, timer);
        ReportClashes(processed.Select(p => (p.Facts.Path, p.Facts.Origin)).Concat(otherPaths).ToList(), diagnostics);
        var files = emit is not null ? [] : options.Preview ? processed.Select(p => p.File!).Concat(others).ToList() : InPathOrder(processed.Select(p => p.File!).Concat(others).ToList());
        timer.Lap("serialize");
        var stats = new BuildStats(processed.Count, processed.Count + otherPaths.Count, site.Library.References.Count, context.Documents.Sum(d => d.CitationCount))
        {
            Phases = timer.Phases,
            PagesMade = cache?.Pages.Made,
        };
        cache?.End();
        var all = Finish(diagnostics, options);
        var failed = all.Any(d => d.IsError);
        return new BuildResult(failed ? [] : files, all, stats) { PrintDocuments = failed ? [] : prints };
    }

    /// <summary>
    /// The files beside the pages (exports, assets, sitemap, feed), written on all cores when streaming: the files
    /// kept (none when streaming) and every file's path and origin, in order.
    /// </summary>
    private static (List<OutputFile> Kept, List<(string Path, SourceLocation Origin)> All) DataFiles(PageContext context, IReadOnlyList<AssetFile> assets, IReadOnlyList<string> pagePaths, BuildOptions options, BuildCache? cache, IFileEmitter? emit)
    {
        var data = new DataFileSet([], []);
        IReadOnlyList<OutputFile> publishing = [];
        Parallel.Invoke(
            () => data = DataFileWriter.Write(context, assets, cache, emit),
            () => publishing = Publishing(context, pagePaths, options, cache));
        var others = data.Files.Concat(publishing).ToList();
        if (emit is not null)
        {
            Parallel.ForEach(others, emit.Write); // writing is most of this phase, and the files are independent
        }

        var all = data.Written.Concat(others.Select(f => (f.Path, f.Origin))).ToList();
        return (emit is null ? others : [], all);
    }

    /// <summary>"/unbalanced-love/" for https://example.org/unbalanced-love/; "/" when base_url is not absolute.</summary>
    private static string BasePath(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";

    private static void Check(BuiltSite built, DiagnosticBag diagnostics, PhaseTimer timer)
    {
        // The checks read the same immutable facts, so they run side by side; their findings are merged in order.
        var findings = OrderedParallel.Map(Checks, (check, _) => check.Run(built).ToList(), diagnostics);
        foreach (var found in findings)
        {
            diagnostics.AddRange(found);
        }

        timer.Lap("checks", Counted.Of(diagnostics.ToSortedList().Count(d => d.Severity != Severity.Note), "finding"));
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, LoadedSite site, BuildOptions options) =>
        new([], Finish(diagnostics, options), new BuildStats(0, 0, site.Library.References.Count, 0));

    /// <summary>The diagnostics in order; under --strict every warning counts as an error.</summary>
    private static IReadOnlyList<Diagnostic> Finish(DiagnosticBag diagnostics, BuildOptions options) =>
        options.Strict
            ? diagnostics.ToSortedList().Select(d => d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d).ToList()
            : diagnostics.ToSortedList();

    /// <summary>
    /// The references the site publishes (pages, indexes, exports): those an essay cites or lists under
    /// <c>nocite</c>, and those with a <c>reading:</c> block for the reading list. A library is usually larger
    /// than one site; the rest are read and validated but not published, and one note says how many.
    /// </summary>
    internal static ReferenceLibrary Published(ReferenceLibrary library, IReadOnlyList<RenderedDocument> documents, DiagnosticBag diagnostics)
    {
        var listed = documents.SelectMany(d => d.Bibliography).Select(e => e.Reference.Id).ToHashSet(StringComparer.Ordinal);
        var published = library.References.Where(r => listed.Contains(r.Id) || r.Reading != ReadingInfo.None).ToList();
        var left = library.References.Count - published.Count;
        if (left > 0)
        {
            var examples = string.Join(", ", library.References.Where(r => !listed.Contains(r.Id) && r.Reading == ReadingInfo.None).Take(3).Select(r => $"'{r.Id}'"));
            diagnostics.Note(DiagnosticCodes.UnusedReference, SourceLocation.File(library.Files.FirstOrDefault() ?? Bibliography.BibliographyReader.DefaultFile), $"{left} of {library.References.Count} references ({examples}{(left > 3 ? ", …" : "")}) are not cited, listed under 'nocite' or given a 'reading:' block, so they get no page");
        }

        return left == 0 ? library : new ReferenceLibrary(published, library.Files);
    }

    /// <summary>The sitemap, robots.txt and feed; the preview reuses them while the pages and essays they list are unchanged.</summary>
    private static IReadOnlyList<OutputFile> Publishing(PageContext context, IReadOnlyList<string> pagePaths, BuildOptions options, BuildCache? cache)
    {
        if (cache is null)
        {
            return PublishingFileWriter.Write(context, pagePaths, options.Time).ToList();
        }

        var signature = new System.Text.StringBuilder(options.Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var path in pagePaths)
        {
            signature.Append(path).Append('\n');
        }

        foreach (var essay in context.Essays)
        {
            var meta = essay.Item.Meta;
            signature.Append(meta.Title).Append('\0').Append(meta.Description).Append('\0').Append(meta.Author).Append('\0')
                .Append(meta.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\0').Append(essay.Item.Url).Append('\n');
        }

        return cache.Publishing.Get("sitemap, robots and feed", signature.ToString(), string.Equals, _ => PublishingFileWriter.Write(context, pagePaths, options.Time).ToList(), new DiagnosticBag());
    }

    /// <summary>The files sorted by path, in place (paths are unique in any build that succeeds).</summary>
    private static List<OutputFile> InPathOrder(List<OutputFile> files)
    {
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>Two outputs at one path would silently overwrite each other; whatever led there, it is an error naming both sources.</summary>
    private static void ReportClashes(IReadOnlyList<(string Path, SourceLocation Origin)> files, DiagnosticBag diagnostics)
    {
        // the usual case, no clash, is one pass over a set; only then are the clashing paths grouped to be reported
        var seen = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        if (files.All(f => seen.Add(f.Path)))
        {
            return;
        }

        foreach (var clash in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = clash.First();
            foreach (var other in clash.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, other.Origin, $"'{other.Path}' would overwrite '{first.Path}', made from {first.Origin}; give one of them another slug or id");
            }
        }
    }

    /// <summary>The seeds that essays name in their front matter (<c>source:</c>), read for the fidelity check.</summary>
    private static IReadOnlyList<FidelitySource> FidelitySources(IReadOnlyList<SourceFile> seeds, IReadOnlyList<RenderedDocument> documents, DiagnosticBag diagnostics)
    {
        var result = new List<FidelitySource>();
        foreach (var essay in documents.Where(d => d.Item.Meta.Source is not null))
        {
            var seedPath = essay.Item.Meta.Source!;
            var seed = seeds.FirstOrDefault(f => f.Path == seedPath);
            if (seed is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingFile, new SourceLocation(essay.Item.Source.Path, 1, 1), $"the seed '{seedPath}' named by 'source:' does not exist");
                continue;
            }

            var parsed = PlainTextEssayParser.Parse(seed.Path, seed.Text, diagnostics);
            if (parsed is not null)
            {
                result.Add(new FidelitySource(essay.Item.OutputPath, seed.Path, parsed, essay.BodyHtml));
            }
        }

        return result;
    }
}
