using SiteBuilder.Citations;

namespace SiteBuilder.Benchmarks;

/// <summary>
/// What formatting citations and bibliographies through the CSL engine adds to a build, measured as the CSL issue
/// states its goal: whole builds of a corpus with the site's style, alternating with builds whose style does next to
/// nothing (<see cref="ReplayStyle"/>, <see cref="BareStyle"/>), in one process. By default each build takes the
/// sources read once and writes its files nowhere (the engine's share of the work the build does in memory); with a
/// folder, each build reads the sources and writes the site into that folder, emptied first, and collects after its
/// large phases, as <c>sitebuilder build</c> does in the shared benchmark (the engine's share of a whole build).
/// </summary>
internal static class CitationCostBenchmark
{
    /// <param name="baseline">"replay" (the default): a style that replays the engine's own cites and entries, made once
    /// per work, so pages keep their size; "bare": keys and titles only, smaller pages.</param>
    /// <param name="writeTo">A folder each build writes the site into (emptied first, and the sources read anew), or null for builds in memory.</param>
    public static void Run(string source, int rounds, string baseline = "replay", string? writeTo = null)
    {
        var read = SiteSourceLoader.Load(source);
        Func<SiteSources> sources = writeTo is null ? () => read : () => SiteSourceLoader.Load(source);
        // a whole build also collects after its large phases as the command does (SiteBuilder.Cli.HeapTrimmer)
        var asCommand = writeTo is null ? null : SiteBuilder.Cli.HeapTrimmer.AfterLargePhases(_ => { });
        var withEngine = new BuildOptions { Progress = asCommand };
        ICitationStyle instead = baseline == "bare" ? new BareStyle() : new ReplayStyle(BuiltInStyles.Apa());
        var without = new BuildOptions { StyleInstead = instead, Progress = asCommand };
        Build(sources, withEngine, writeTo);
        Build(sources, without, writeTo); // both compiled and warm (and the replayed cites made) before the rounds
        Console.WriteLine(writeTo is null ? "builds in memory, their files dropped" : $"builds that read the sources and write the site into {writeTo}");
        var engineTimes = new List<double>();
        var baselineTimes = new List<double>();
        var (enginePauses, baselinePauses, engineBytes, baselineBytes) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var (engineCpu, baselineCpu) = (new List<double>(), new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            // alternate which goes first: a shared machine's drift falls on both alike
            var (first, second) = round % 2 == 1 ? (withEngine, without) : (without, withEngine);
            var a = Build(sources, first, writeTo);
            var b = Build(sources, second, writeTo);
            var ((e, ep, eb, ec), (w, wp, wb, wc)) = round % 2 == 1 ? (a, b) : (b, a);
            engineTimes.Add(e);
            baselineTimes.Add(w);
            (enginePauses, baselinePauses, engineBytes, baselineBytes) = ([.. enginePauses, ep], [.. baselinePauses, wp], [.. engineBytes, eb], [.. baselineBytes, wb]);
            (engineCpu, baselineCpu) = ([.. engineCpu, ec], [.. baselineCpu, wc]);
            Console.WriteLine($"round {round}: with the engine {e:F0} ms, {baseline} style {w:F0} ms, adds {100 * (e / w - 1):F1} % (processor time {ec:F0} against {wc:F0} ms, adds {100 * (ec / wc - 1):F1} %)");
        }

        var ratios = engineTimes.Zip(baselineTimes, (e, w) => e / w).ToList();
        Console.WriteLine($"formatting citations and bibliographies through the CSL engine adds {100 * (RepositoryFolder.Percentile(ratios, 50) - 1):F1} % to the build " +
            $"against the {baseline} style (median of {rounds} paired rounds, {100 * (ratios.Min() - 1):F1}–{100 * (ratios.Max() - 1):F1} %; " +
            $"medians {RepositoryFolder.Percentile(engineTimes, 50):F0} against {RepositoryFolder.Percentile(baselineTimes, 50):F0} ms)");
        // the processor time the process spent (all its threads): what other work on a shared machine takes from the
        // build's cores lengthens its wall time, and barely its processor time
        var cpuRatios = engineCpu.Zip(baselineCpu, (e, w) => e / w).ToList();
        Console.WriteLine($"in processor time: adds {100 * (RepositoryFolder.Percentile(cpuRatios, 50) - 1):F1} % (rounds {100 * (cpuRatios.Min() - 1):F1}–{100 * (cpuRatios.Max() - 1):F1} %; " +
            $"medians {RepositoryFolder.Percentile(engineCpu, 50):F0} against {RepositoryFolder.Percentile(baselineCpu, 50):F0} ms)");
        Console.WriteLine($"per build, medians: collector paused {RepositoryFolder.Percentile(enginePauses, 50):F0} against {RepositoryFolder.Percentile(baselinePauses, 50):F0} ms, " +
            $"allocated {RepositoryFolder.Percentile(engineBytes, 50):F0} against {RepositoryFolder.Percentile(baselineBytes, 50):F0} MiB");
    }

    /// <returns>The build's time, the collector's pauses in it (ms), what it allocated (MiB), and the processor time the process spent in it (ms).</returns>
    private static (double Elapsed, double Paused, double Allocated, double Processor) Build(Func<SiteSources> sources, BuildOptions options, string? writeTo)
    {
        if (writeTo is not null && Directory.Exists(writeTo))
        {
            Directory.Delete(writeTo, recursive: true); // each build into an empty folder, as the shared benchmark's are
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true); // each build starts from the same heap
        var (paused, allocated) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        BuildResult result;
        if (writeTo is null)
        {
            result = SiteBuild.Run(sources(), options, new DroppedOutput());
        }
        else
        {
            using var staged = SiteBuilder.Output.StagedOutput.Begin(writeTo);
            result = SiteBuild.Run(sources(), options, new StagedFiles(staged));
            if (result.Succeeded)
            {
                staged.Commit();
            }
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        var measured = (elapsed, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,
            (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        return measured;
    }

    /// <summary>The build's files into the staging folder, as the command hands them over.</summary>
    private sealed class StagedFiles(SiteBuilder.Output.StagedOutput staged) : SiteBuilder.Output.IFileEmitter
    {
        public void Write(SiteBuilder.Output.OutputFile file) => staged.Write(file);

        public void Write(string path, ReadOnlySpan<byte> bytes) => staged.Write(path, bytes);
    }

    /// <summary>
    /// A style that formats nothing itself and yet writes what the engine writes: each work's cite and entry are the
    /// engine's, made the first time the work is met and replayed after (a locator appended as text), lists in the
    /// order given. A document's citations then cost a few lookups, and the pages keep their size. An entry for a work
    /// outside the library (an essay's "Cite this") is its title alone: that one the engine formats anew every time.
    /// </summary>
    private sealed class ReplayStyle(ICitationStyle engine) : ICitationStyle
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Reference, CitationPiece> cites = new(ReferenceEqualityComparer.Instance);

        public string Name => engine.Name;

        public bool IsNoteStyle => engine.IsNoteStyle;

        public IReadOnlyList<Reference> Sort(IEnumerable<Reference> references) => engine.Sort(references);

        public IReadOnlyDictionary<string, string> YearLabels(IReadOnlyList<Reference> list) =>
            list.ToDictionary(r => r.Id, r => r.YearText, StringComparer.Ordinal);

        public FormattedText FormatEntry(Reference reference, string yearLabel) =>
            reference.Location.Path.EndsWith(".md", StringComparison.Ordinal) // an essay's own, located at its source
                ? FormattedText.FromHtml(System.Net.WebUtility.HtmlEncode(reference.PlainTitle), reference.PlainTitle)
                : engine.FormatEntry(reference, yearLabel);

        public (IReadOnlyList<FormattedCitation> Citations, IReadOnlyList<BibliographyEntry> Bibliography) FormatDocument(
            IReadOnlyList<Citation> citations, IReadOnlyList<Reference> list, Func<Reference, string, FormattedText> entry)
        {
            var formatted = new List<FormattedCitation>(citations.Count);
            foreach (var citation in citations)
            {
                var pieces = new List<CitationPiece>(citation.Items.Count * 2 + 1) { new(null, "(") };
                foreach (var item in citation.Items)
                {
                    if (pieces.Count > 1)
                    {
                        pieces.Add(new CitationPiece(null, "; "));
                    }

                    var cite = Cite(item, list, entry);
                    pieces.Add(item.Locator is { } locator
                        ? new CitationPiece(item.Key, cite.Text + ", " + locator.Value) { Rich = FormattedText.Concat(cite.Rich!, FormattedText.FromHtml(", " + System.Net.WebUtility.HtmlEncode(locator.Value), ", " + locator.Value)) }
                        : cite);
                }

                pieces.Add(new CitationPiece(null, ")"));
                formatted.Add(new FormattedCitation(pieces));
            }

            return (formatted, list.Select(r => new BibliographyEntry(r, entry(r, r.YearText))).ToList());
        }

        /// <summary>The work's bare cite as the engine wrote it, made the first time the work is met.</summary>
        private CitationPiece Cite(CitationItem item, IReadOnlyList<Reference> list, Func<Reference, string, FormattedText> entry)
        {
            var work = list.First(r => r.Id == item.Key); // a document's list is a handful of works
            return cites.TryGetValue(work, out var known)
                ? known
                : cites.GetOrAdd(work, engine.FormatDocument([new Citation([item with { Locator = null, Prefix = null, Suffix = null }], false)], [work], entry).Citations[0].Pieces.First(p => p.Key is not null));
        }
    }

    /// <summary>
    /// A style that formats as little as a style can: each cite is its key, each entry its title, lists in id order,
    /// years as written. What the site does with the results (pieces, links, entries, pages) stays the same.
    /// </summary>
    private sealed class BareStyle : ICitationStyle
    {
        public string Name => "bare";

        public bool IsNoteStyle => false;

        public IReadOnlyList<Reference> Sort(IEnumerable<Reference> references) => references.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        public IReadOnlyDictionary<string, string> YearLabels(IReadOnlyList<Reference> list) =>
            list.ToDictionary(r => r.Id, r => r.YearText, StringComparer.Ordinal);

        public FormattedText FormatEntry(Reference reference, string yearLabel) =>
            FormattedText.FromHtml(System.Net.WebUtility.HtmlEncode(reference.PlainTitle), reference.PlainTitle);

        public (IReadOnlyList<FormattedCitation> Citations, IReadOnlyList<BibliographyEntry> Bibliography) FormatDocument(
            IReadOnlyList<Citation> citations, IReadOnlyList<Reference> list, Func<Reference, string, FormattedText> entry)
        {
            var formatted = new List<FormattedCitation>(citations.Count);
            foreach (var citation in citations)
            {
                var pieces = new List<CitationPiece>(citation.Items.Count + 2) { new(null, "(") };
                foreach (var item in citation.Items)
                {
                    pieces.Add(new CitationPiece(item.Key, item.Key));
                }

                pieces.Add(new CitationPiece(null, ")"));
                formatted.Add(new FormattedCitation(pieces));
            }

            return (formatted, list.Select(r => new BibliographyEntry(r, entry(r, r.YearText))).ToList());
        }
    }
}
