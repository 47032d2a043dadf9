namespace SiteBuilder.Benchmarks;

/// <summary>
/// What taking essays in batches, step by step, does to each step's cost, on one thread: the render phase's four
/// steps (parse, format the citations, write the HTML, make the page) timed apart, once with each essay going
/// through every step before the next (a batch of one) and once with each step done for a whole batch before the
/// next step begins. The batch sizes alternate round by round, so the machine's drift falls on both alike.
/// </summary>
internal static class BatchStepsBenchmark
{
    public static void Run(string source, int rounds, IReadOnlyList<int> batchSizes)
    {
        var sources = SiteSourceLoader.Load(source);
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(sources, new BuildOptions(), diagnostics);
        var essays = site.Items.Where(i => i.Kind == ContentKind.Essay).ToList();
        var processor = new CitationProcessor(site.Style, site.Library);
        var renderer = new DocumentRenderer(MarkdownPipelineFactory.Create(), processor);
        var pages = new PageRenderingPhase(new PageContext(site.Config, site.Library, processor, [], false), new TemplateRenderer(site.Templates), new SiteBuilder.Output.PageRewriter("/", false), diagnostics, new DroppedOutput());
        Console.WriteLine($"{essays.Count} essays; µs per essay for each step (parse, citations, HTML, page), one thread, after a warm-up round:");
        var totals = batchSizes.ToDictionary(size => size, _ => new double[4]);
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var size in round % 2 == 0 ? batchSizes : batchSizes.Reverse())
            {
                var steps = Steps(essays, size, renderer, pages);
                if (round == 0)
                {
                    continue;
                }

                Console.WriteLine($"round {round}, batches of {size,2}: " + string.Join(", ", steps.Select(s => $"{s / essays.Count:F1}")));
                for (var i = 0; i < 4; i++)
                {
                    totals[size][i] += steps[i];
                }
            }
        }

        foreach (var size in batchSizes)
        {
            Console.WriteLine($"mean, batches of {size,2}: parse {totals[size][0] / rounds / essays.Count:F1}, citations {totals[size][1] / rounds / essays.Count:F1}, HTML {totals[size][2] / rounds / essays.Count:F1}, page {totals[size][3] / rounds / essays.Count:F1}, all {totals[size].Sum() / rounds / essays.Count:F1} µs");
        }
    }

    /// <summary>Every essay through the four steps in batches of <paramref name="size"/>: each step's total time, in µs.</summary>
    private static double[] Steps(List<ContentItem> essays, int size, DocumentRenderer renderer, PageRenderingPhase pages)
    {
        var clocks = new[] { new Stopwatch(), new Stopwatch(), new Stopwatch(), new Stopwatch() };
        var bag = new DiagnosticBag();
        for (var start = 0; start < essays.Count; start += size)
        {
            var batch = essays.Skip(start).Take(size).ToList();
            clocks[0].Start();
            var parsed = batch.Select(essay => renderer.Parse(essay, bag)).ToList();
            clocks[0].Stop();
            clocks[1].Start();
            var cited = batch.Select((essay, k) => renderer.Cite(essay, parsed[k], bag)).ToList();
            clocks[1].Stop();
            clocks[2].Start();
            var written = batch.Select((essay, k) => renderer.Write(essay, cited[k])).ToList();
            clocks[2].Stop();
            clocks[3].Start();
            for (var k = 0; k < batch.Count; k++)
            {
                pages.RenderEssay(written[k], batch[k], bag);
                written[k].ReleaseBody();
            }

            clocks[3].Stop();
        }

        return clocks.Select(c => c.Elapsed.TotalMicroseconds).ToArray();
    }
}
