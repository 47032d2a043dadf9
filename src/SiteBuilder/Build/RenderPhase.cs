using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Output;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>
/// The render phase: every document parsed, its citations formatted as one batch, and its body rendered. An
/// essay's page needs nothing from the other documents, so it is made (and written) with the few documents a
/// thread takes at a time (<see cref="BatchSize"/>), and the body is let go: a large site never holds all its
/// bodies at once. Bodies stay where something later reads them:
/// essays checked against a seed, every essay when printing to PDF, and in the preview, whose cache keeps them.
/// </summary>
/// <param name="site">The loaded site, without its items: those are <paramref name="items"/>.</param>
/// <param name="items">The documents to render, which this phase consumes: each entry is let go once rendered, so
/// the sources of a large site are not all held until the last document is done (the caller keeps no other reference).</param>
internal sealed class RenderPhase(
    LoadedSite site,
    Content.ContentItem?[] items,
    BuildOptions options,
    BuildCache? cache,
    TemplateRenderer templates,
    PageRewriter rewriter,
    IFileEmitter? emit,
    IReadOnlySet<string> keepBody)
{
    public (PageContext Context, IReadOnlyDictionary<string, ProcessedPage?> EssayPages) Run(DiagnosticBag diagnostics)
    {
        var processor = cache is null
            ? new CitationProcessor(site.Style, site.Library)
            : cache.Processors.Get("processor", site.Library, ReferenceEquals, _ => new CitationProcessor(site.Style, site.Library), diagnostics);
        var byStyle = site.EssayStyles.ToDictionary(s => s.Key, s => ReferenceEquals(s.Value, site.Style) ? processor : new CitationProcessor(s.Value, site.Library), StringComparer.Ordinal);
        var renderer = new DocumentRenderer(MarkdownPipelineFactory.Create(), processor, byStyle);
        var essayPages = new PageRenderingPhase(new PageContext(site.Config, site.Library, processor, [], options.Pdf), templates, rewriter, diagnostics, emit, keepBody) { Cache = cache };
        var indexes = Enumerable.Range(0, items.Length).ToList();
        // a build takes the documents in batches, step by step (see RenderBatch); the preview one by one, as its cache
        // knows most of them already
        var results = cache is null
            ? OrderedParallel.MapInBatches(indexes, BatchSize, i => items[i]!.Source.Size, BatchSource, (batch, bags) => RenderBatch(batch, bags, renderer, essayPages), diagnostics)
            : OrderedParallel.Map(indexes, (i, bag) => Render(Take(i), cache, renderer, essayPages, bag), diagnostics);

        var documents = results.Select(r => r.Document).ToList();
        var published = cache is null
            ? SiteBuild.Published(site.Library, documents, diagnostics)
            : cache.Published.Get("published", new PublishedInput(site.Library, documents.Select(d => d.Bibliography).ToArray()), PublishedInput.Same, bag => SiteBuild.Published(site.Library, documents, bag), diagnostics);
        // the site-wide list's labels and order are worked out once, and kept by the preview while the same works are published
        var listProcessor = cache is null
            ? processor.ForList(published.References)
            : cache.ListProcessors.Get("published", (processor, published.References), SameList, _ => processor.ForList(published.References), diagnostics);
        var context = new PageContext(site.Config, published, listProcessor, documents, options.Pdf);
        ReadingListGrouper.Validate(context.Themes, site.Library, diagnostics);
        var pages = results.Where(r => r.IsEssay).ToDictionary(r => r.Document.Item.OutputPath, r => r.Page, StringComparer.Ordinal);
        return (context, pages);
    }

    private Content.ContentItem Take(int index)
    {
        var item = items[index]!;
        items[index] = null;
        return item;
    }

    private static bool SameList((CitationProcessor Processor, IReadOnlyList<Reference> List) a, (CitationProcessor Processor, IReadOnlyList<Reference> List) b) =>
        ReferenceEquals(a.Processor, b.Processor) && Memo.SameObjects(a.List, b.List);

    /// <summary>
    /// How many documents a thread takes at a time: enough that each step (Markdig, the citation style, the HTML
    /// renderer, the templates and the rewriter) finds its code and data still in the processor's cache from the
    /// document before, few enough that a batch's parsed documents and bodies are little memory and both cores stay
    /// busy to the end. Measured against one document at a time, side by side: 8 was 6-10 % faster at 1,000 essays
    /// and 11 % at 10,000, when 16 and 32 gained less; but the thread pool then ran four threads on two cores, each
    /// evicting the others' steps from the caches. With one thread per core (<see cref="OrderedParallel"/>), 16 was
    /// 2-3 % faster than 8 at 10,000 essays (medians of 8 and 10 interleaved builds) and 7 % at 1,000, 32 no faster
    /// than 16, and 4 slower (README, Performance).
    /// </summary>
    private const int BatchSize = 16;

    /// <summary>
    /// How much source a batch takes at most (unless one document alone is larger): an essay is about 10 KB, so a
    /// batch is 8 of them, but documents many times that long go a few at a time, or one, and a batch's parsed
    /// documents stay little memory whatever the site.
    /// </summary>
    private const long BatchSource = 256 * 1024;

    /// <summary>
    /// A batch of documents, step by step: all parsed, then all their citations formatted, then all written as
    /// HTML, then each essay's page made. Each document's source, parse and body are let go once the next step has them.
    /// </summary>
    private (RenderedDocument Document, bool IsEssay, ProcessedPage? Page)[] RenderBatch(int[] indexes, DiagnosticBag[] bags, DocumentRenderer renderer, PageRenderingPhase essayPages)
    {
        var batch = indexes.Select(Take).ToArray();
        var parsed = new ParsedDocument?[batch.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            parsed[k] = renderer.Parse(batch[k], bags[k]);
        }

        var cited = new CitedDocument?[batch.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            cited[k] = renderer.Cite(batch[k], parsed[k], bags[k]);
            parsed[k] = null;
        }

        // each essay's "Cite this essay" while the citation style's code is warm from the citations (made with its page,
        // it cost about 70 % more: README, Performance)
        var citeThis = new CiteThisEssay?[batch.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            citeThis[k] = batch[k].Kind == Content.ContentKind.Essay ? essayPages.CiteThis(batch[k]) : null;
        }

        var written = new RenderedDocument[batch.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            written[k] = renderer.Write(batch[k], cited[k]);
            cited[k] = null;
        }

        var results = new (RenderedDocument, bool, ProcessedPage?)[batch.Length];
        for (var k = 0; k < batch.Length; k++)
        {
            results[k] = Page(batch[k], written[k], essayPages, bags[k], citeThis[k]);
            written[k] = null!;
            batch[k] = null!;
        }

        return results;
    }

    /// <summary>One document through every step, through the preview's cache (which knows most of them already).</summary>
    private (RenderedDocument Document, bool IsEssay, ProcessedPage? Page) Render(Content.ContentItem item, BuildCache cache, DocumentRenderer renderer, PageRenderingPhase essayPages, DiagnosticBag bag) =>
        Page(item, cache.Documents.Get(item.Source.Path, item, ReferenceEquals, fresh => renderer.Render(item, fresh), bag), essayPages, bag);

    /// <summary>For an essay, its page, made from the document just rendered, and the document as later phases keep it.</summary>
    private (RenderedDocument Document, bool IsEssay, ProcessedPage? Page) Page(Content.ContentItem item, RenderedDocument document, PageRenderingPhase essayPages, DiagnosticBag bag, CiteThisEssay? citeThis = null)
    {
        if (item.Kind != Content.ContentKind.Essay)
        {
            return (document, false, null);
        }

        var page = essayPages.RenderEssay(document, item, bag, citeThis);
        if (!document.HasBody)
        {
            return (document, true, page);
        }

        if (options.Pdf || keepBody.Contains(item.OutputPath))
        {
            // kept to the end of the build (or between saves): as UTF-8, half the memory of the string the page was made from
            var kept = document.Compacted();
            cache?.Documents.Replace(item.Source.Path, kept);
            document.ReleaseBody();
            return (kept, true, page);
        }

        // nothing reads the body once the page is made; the preview's cache keeps the lean document too, so a large
        // site's bodies are not all held between saves
        var bare = document.WithoutBody();
        cache?.Documents.Replace(item.Source.Path, bare);
        document.ReleaseBody();
        return (bare, true, page);
    }
}
