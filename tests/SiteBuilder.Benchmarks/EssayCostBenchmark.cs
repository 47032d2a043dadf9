using SiteBuilder.Output;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// What one essay costs, stage by stage, on one thread: time and bytes allocated to parse its Markdown, to format
/// its citations and render its HTML, and to make its page (templates and the streaming rewrite). Allocation is
/// what the collector pays for later, so it is the figure to shrink on a two-core machine.
/// </summary>
internal static class EssayCostBenchmark
{
    public static void Run(string source, int rounds, string? stage = null, bool only = false)
    {
        using var sampler = new AllocationSampler();
        var sources = SiteSourceLoader.Load(source);
        var options = new BuildOptions();
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(sources, options, diagnostics);
        var essays = site.Items.Where(i => i.Kind == ContentKind.Essay).ToList();
        var pipeline = MarkdownPipelineFactory.Create();
        var parser = new MarkdownDocumentParser(pipeline);
        var processor = new CitationProcessor(site.Style, site.Library);
        var renderer = new DocumentRenderer(pipeline, processor);
        var pages = new PageRenderingPhase(new PageContext(site.Config, site.Library, processor, [], false), new TemplateRenderer(site.Templates), new PageRewriter("/", false), diagnostics, new DroppedOutput());
        Console.WriteLine($"{essays.Count} essays, {site.Library.References.Count} references; per essay, mean of {rounds} rounds after a warm-up:");
        var parsed = new List<ParsedDocument?>();
        for (var round = 0; round <= rounds; round++)
        {
            var (parse, citations, document, page, citeThis) = (new Cost(), new Cost(), new Cost(), new Cost(), new Cost());
            // stage by stage over all essays, so that the sampler (whose events arrive late, on another thread) sees one stage at a time
            var bag = new DiagnosticBag();
            // with "only", the named stage alone is timed after the first round (the parse it needs is kept)
            parsed = only && round > 0 && stage != "parse" ? parsed : [];
            if (parsed.Count == 0)
            {
                Stage(sampler, round > 0 && (!only || round == rounds) && stage == "parse", () => essays.ForEach(essay => parsed.Add(parse.Measure(() => parser.Parse(essay.Source.Path, essay.Body, bag)))));
            }

            // timed alone, a stage is sampled by type in its last round only (sampling slows it)
            var sampled = round > 0 && (!only || round == rounds);
            Stage(sampler, sampled && stage == "citations", () =>
            {
                for (var i = 0; i < essays.Count; i++)
                {
                    var cites = parsed[i]?.Citations.Select(c => c.Citation).ToList() ?? [];
                    citations.Measure(() => processor.Process(cites, essays[i].Meta.Nocite, essays[i].Meta.NociteLocation, bag));
                }
            });
            // "Cite this essay": the essay as a work of the site's style, and as BibTeX
            Stage(sampler, sampled && stage == "cite-this", () => essays.ForEach(essay => citeThis.Measure(() => pages.CiteThis(essay))));
            if (only && round > 0 && stage != "document" && stage != "page")
            {
                Console.WriteLine($"round {round}: {stage} {(stage == "parse" ? parse : stage == "cite-this" ? citeThis : citations).Report(essays.Count)}");
                continue;
            }

            var rendered = new List<RenderedDocument>();
            Stage(sampler, round > 0 && stage == "document", () => essays.ForEach(essay => rendered.Add(document.Measure(() => renderer.Render(essay, bag)))));
            Stage(sampler, round > 0 && stage == "page", () =>
            {
                for (var i = 0; i < essays.Count; i++)
                {
                    page.Measure(() => pages.RenderEssay(rendered[i], essays[i], bag));
                }
            });

            if (round > 0)
            {
                var n = essays.Count;
                Console.WriteLine($"round {round}: parse {parse.Report(n)}; citations {citations.Report(n)}; cite this {citeThis.Report(n)}; parse + citations + HTML {document.Report(n)}; page {page.Report(n)}");
            }
        }

        if (stage is not null)
        {
            sampler.Print(40);
        }
    }

    private static void Stage(AllocationSampler sampler, bool sampled, Action work)
    {
        sampler.Recording = sampled;
        work();
        if (sampled)
        {
            Thread.Sleep(2000);
        }

        sampler.Recording = false;
    }

    private sealed class Cost
    {
        private long bytes;
        private readonly Stopwatch clock = new();

        public T Measure<T>(Func<T> work)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            clock.Start();
            var result = work();
            clock.Stop();
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
            return result;
        }

        public string Report(int count) => $"{clock.Elapsed.TotalMicroseconds / count:F1} µs, {bytes / count / 1024.0:F1} KB";
    }
}
