using SiteBuilder.Benchmarks;

// Benchmarks print figures; they assert nothing. Run them in Release:
//   dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- [build|preview|pdf|all]
var which = args.Length > 0 ? args[0] : "all";
if (which == "library")
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- library [entries] [all]
    LibraryBenchmark.Run(RepositoryFolder.Find(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000, args.Contains("all"));
    return;
}

if (which == "incremental")
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- incremental <source folder> [runs]
    CorpusBenchmark.RunIncremental(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (which == "essay-costs")
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- essay-costs <source folder> [rounds] [parse|citations|cite-this|document|page] [only]
    // (the stage named is sampled by type; with "only", parse, citations or cite-this is the one stage timed after the first round)
    EssayCostBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 3 ? args[3] : null, args.Contains("only"));
    return;
}

if (which == "citation-cost")
{
    // DOTNET_gcServer=1 DOTNET_gcConcurrent=0 dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- citation-cost <source folder> [rounds] [replay|bare] [--to FOLDER]
    // (the command's own collector settings; builds with the site's style, the built-in APA, against builds with a style that
    // replays the engine's cites and entries made once per work, or one that writes keys and titles only; with --to, each
    // build reads the sources and writes the site into FOLDER, emptied first, as the command does)
    var to = Array.IndexOf(args, "--to") is var at and > 0 && at + 1 < args.Length ? args[at + 1] : null;
    var positional = args.Where((a, i) => a != "--to" && (i == 0 || args[i - 1] != "--to")).ToArray();
    CitationCostBenchmark.Run(positional[1], positional.Length > 2 ? int.Parse(positional[2], System.Globalization.CultureInfo.InvariantCulture) : 6, positional.Length > 3 ? positional[3] : "replay", to);
    return;
}

if (which == "rewrite")
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- rewrite <built site folder> [pages] [rounds]
    RewriteBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 8);
    return;
}

if (which == "batch-steps")
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- batch-steps <source folder> [rounds] [batch sizes, e.g. 1,8]
    BatchStepsBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 6,
        args.Length > 3 ? args[3].Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [1, 8]);
    return;
}

if (which == "corpus")
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- corpus <source folder> [runs] [types [phase]]
    // ("types" samples the last run's allocation by type, large objects apart; a phase's name limits it to that phase)
    var typesAt = Array.IndexOf(args, "types");
    CorpusBenchmark.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3, typesAt > 0, typesAt > 0 && typesAt + 1 < args.Length ? args[typesAt + 1] : null);
    return;
}

if (which == "preview" && args.Length > 1)
{
    // dotnet run -c Release --project tests/SiteBuilder.Benchmarks -- preview <site folder> [edits] [sitebuilder executable]
    await PreviewBenchmark.RunAsync(RepositoryFolder.Find(), args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20, args.Length > 3 ? args[3] : null);
    return;
}

var root = RepositoryFolder.Find();
if (which is "build" or "all")
{
    BuildBenchmark.Run(root);
}

if (which is "preview" or "all")
{
    await PreviewBenchmark.RunAsync(root);
}

if (which is "pdf" or "all")
{
    await PdfBenchmark.RunAsync(root);
}
