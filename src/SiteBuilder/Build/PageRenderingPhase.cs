using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>
/// The template and post-process phases, page by page on all cores: each page's view models are built, rendered
/// through its layout and the base layout, and rewritten in one streaming pass that also collects its facts.
/// </summary>
/// <param name="emit">Where pages go as they are made, or null to keep them in the result.</param>
/// <param name="read">Pages the fidelity check reads, whose <see cref="PageReading"/> is taken as they are written.</param>
internal sealed class PageRenderingPhase(PageContext context, TemplateRenderer renderer, PageRewriter rewriter, DiagnosticBag diagnostics, IFileEmitter? emit = null, IReadOnlySet<string>? read = null)
{
    private BacklinkIndex? backlinkIndex;
    private EssayListing? essaysSignature;
    private string? publishedSignature;

    /// <summary>The preview's cache: essay and reference pages whose inputs did not change are reused (only when pages are kept, not emitted).</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Made on first use (in <see cref="Jobs"/>, before the pages run in parallel), from each essay's memoized part in the preview.</summary>
    private BacklinkIndex Backlinks => backlinkIndex ??= Cache is null ? new BacklinkIndex(context.Essays) : CachedBacklinks(Cache);

    /// <summary>The index from each essay's memoized part; the whole index is kept while every part is (an edit that changed no citing passage).</summary>
    private BacklinkIndex CachedBacklinks(BuildCache cache)
    {
        var parts = context.Essays.Select(essay => cache.Backlinks.Get(essay.Item.OutputPath, essay, ReferenceEquals, _ => BacklinkIndex.Contribution(essay), new DiagnosticBag(), BacklinkIndex.KeepUnchanged)).ToList();
        return cache.BacklinkIndexes.Get("index", parts, Memo.SameObjects, _ => new BacklinkIndex(parts), new DiagnosticBag());
    }

    /// <summary>Essay pages already made by the render phase, by output path; they are taken as they are.</summary>
    public IReadOnlyDictionary<string, ProcessedPage?> Done { get; init; } = new Dictionary<string, ProcessedPage?>();

    /// <summary>An essay's page, made as soon as its document is rendered (it needs no other document).</summary>
    /// <param name="source">What the document was rendered from, which the preview's cache keys the page by: the document
    /// itself is a function of it, and the cache keeps the document without its body once the page is made.</param>
    /// <param name="citeThis">The essay's "Cite this essay", when <see cref="CiteThis"/> made it already.</param>
    public ProcessedPage? RenderEssay(Markdown.RenderedDocument essay, ContentItem source, DiagnosticBag bag, CiteThisEssay? citeThis = null) =>
        Render(new Job(essay.Item.OutputPath, new PageInput([source], ""), () => ForDocument(essay, citeThis)), bag);

    /// <summary>An essay's "Cite this essay", for the render phase to make beside the essay's citations (see <see cref="RenderPhase"/>).</summary>
    public CiteThisEssay CiteThis(ContentItem essay) => EssayModelBuilder.CiteThis(context, essay);

    public IReadOnlyList<ProcessedPage> Render() =>
        OrderedParallel.Map(Jobs(), Render, diagnostics).OfType<ProcessedPage>().ToList();

    /// <summary>One job per page, in a fixed order: each builds its models when run.</summary>
    private List<Job> Jobs()
    {
        _ = Backlinks; // made here, once, before the parallel part reads it
        context.Citations.Prepare(); // likewise the list's order and year labels
        // what a page was made from matters only to the preview's cache; a build that writes its pages skips working it out
        var cached = Cache is not null && emit is null;
        var jobs = new List<Job>();
        foreach (var document in context.Documents)
        {
            if (Done.TryGetValue(document.Item.OutputPath, out var done))
            {
                jobs.Add(new Job(null, null, null, done));
                continue;
            }

            // Besides what every page depends on (which the cache watches), an essay page depends on its own
            // document alone; the other pages also on the list of essays or on which references are published.
            var input = !cached ? null
                : document.Item.Kind == ContentKind.Essay ? new PageInput(document, "")
                : document.Item.Layout is "reading-list" or "references" ? new PageInput(document, publishedSignature ??= PublishedSignature(context, Backlinks))
                : new PageInput(document, essaysSignature ??= EssayListing.Of(context));
            jobs.Add(new Job(document.Item.OutputPath, input, () => ForDocument(document)));
        }

        if (context.Library.References.Count > 0 && context.Page("references") is null)
        {
            var origin = SourceLocation.File(Bibliography.BibliographyReader.DefaultFile);
            jobs.Add(new Job(SitePaths.OutputPathFor(SitePaths.ReferencesIndex), cached ? new PageInput([], publishedSignature ??= PublishedSignature(context, Backlinks)) : null, () =>
            {
                var (frame, page) = CollectionModelBuilder.ReferencesIndex(context, Backlinks, null);
                return new PageJob("references", frame, page, origin, origin);
            }));
        }

        var ordered = context.Citations.Ordered;
        for (var i = 0; i < ordered.Count; i++)
        {
            var index = i;
            jobs.Add(new Job(SitePaths.OutputPathFor(SitePaths.Reference(ordered[i].Id)), cached ? new PageInput(Backlinks.For(ordered[i].Id), ReferenceSignature(ordered, i)) : null, () =>
            {
                var (frame, page) = ReferencePageModelBuilder.Build(context, Backlinks, ordered, index);
                return new PageJob("reference", frame, page, ordered[index].Location, ordered[index].Location);
            }));
        }

        return jobs;
    }

    private PageJob ForDocument(Markdown.RenderedDocument document, CiteThisEssay? citeThis = null)
    {
        var origin = document.Item.Meta.LayoutLocation;
        var file = SourceLocation.File(document.Item.Source.Path);
        var essay = document.Item.Kind == ContentKind.Essay;
        var (frame, page) = essay ? Models(EssayModelBuilder.Build(context, document, citeThis))
            : document.Item.Layout switch
            {
                "reading-list" => Models(CollectionModelBuilder.ReadingList(context, document)),
                "references" => Models(CollectionModelBuilder.ReferencesIndex(context, Backlinks, document)),
                _ => Models(CollectionModelBuilder.Basic(context, document)),
            };
        return new PageJob(document.Item.Layout, frame, page, origin, file) { Body = essay ? document.BodyMap : null };
    }

    private static (FrameModel, object) Models<T>((FrameModel Frame, T Page) models) where T : notnull => (models.Frame, models.Page);

    /// <summary>
    /// What a reference page shows beyond its own entry (which the cache watches through the bibliography) and
    /// the essays that cite it (compared by identity): its year label, its neighbours in the index with theirs, and its reading-list theme.
    /// </summary>
    private string ReferenceSignature(IReadOnlyList<Citations.Reference> ordered, int index)
    {
        var reference = ordered[index];
        string Label(int i) => i >= 0 && i < ordered.Count ? ordered[i].Id + "\u0001" + context.Citations.YearLabel(ordered[i]) : "";
        return string.Join(
            '\0',
            Label(index - 1),
            Label(index + 1),
            context.Citations.YearLabel(reference),
            context.Themes.FirstOrDefault(t => t.Id == reference.Reading.Theme)?.Title ?? "");
    }

    /// <summary>A finished page as it is; otherwise made, or reused from the preview's cache while its input is unchanged.</summary>
    private ProcessedPage? Render(Job job, DiagnosticBag bag) =>
        job.Build is null ? job.Finished
        : Cache is null || emit is not null || job.Key is null || job.Input is null ? Render(job.Build(), bag)
        : Cache.Pages.Get(job.Key, job.Input, (stored, now) => stored.SameAs(now), fresh => Render(job.Build(), fresh), bag);

    /// <summary>What the references index and reading list show beyond the bibliography: which works are published, and how often each is cited.</summary>
    private static string PublishedSignature(PageContext context, BacklinkIndex backlinks) =>
        string.Join('\n', context.Library.References.Select(r => r.Id + "\0" + backlinks.CountFor(r.Id).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Renders one page; template errors point at the job's template origin, later checks at its origin.</summary>
    private ProcessedPage? Render(PageJob job, DiagnosticBag bag)
    {
        var globals = new Dictionary<string, object>
        {
            ["site"] = FrameModelBuilder.Site(context),
            ["frame"] = job.Frame,
            ["page"] = job.Page,
        };
        var used = new List<string>();
        var path = SitePaths.OutputPathFor(job.Frame.Url);
        // the page goes to the output straight from the rewriter's buffer
        return renderer.RenderPage(job.Layout, globals, job.TemplateOrigin, bag, used, (html, marks) =>
            rewriter.Rewrite(new RenderedPage(path, html, job.Origin) { Templates = used.Select(t => "templates/" + t).ToList(), Read = read?.Contains(path) == true, Body = job.Body, Template = marks }, emit));
    }

    private sealed record PageJob(string Layout, FrameModel Frame, object Page, SourceLocation TemplateOrigin, SourceLocation Origin)
    {
        /// <summary>The map of the essay body the page shows, which the templates write between its markers.</summary>
        public Markdown.BodyMap? Body { get; init; }
    }

    /// <summary>
    /// A page to make: its cache key and the input a cached page must have been made from (no key: always made
    /// anew), and how to build its models. Without <paramref name="Build"/> the page was finished earlier (by the
    /// render phase) and is <paramref name="Finished"/>, which is null when it failed.
    /// </summary>
    private sealed record Job(string? Key, PageInput? Input, Func<PageJob>? Build, ProcessedPage? Finished = null);
}
