using SiteBuilder.Csl.Conformance;
using SiteBuilder.Csl.Locales;

// dotnet run -c Release --project tests/SiteBuilder.Csl.Conformance -- DIR [--locales DIR] [--styles DIR] [--verbose] [--failures] [--show NAME] [--shared-cache]
// Reads every fixture (*.txt, the suite's human-readable form) in DIR, runs it and prints, last,
// "N passed, M failed of T". With --shared-cache, each fixture's processors share one style cache, as a site's
// documents do, and each fixture runs twice, the second time from the cache the first filled. Locales come from --locales, else a "locales" folder beside DIR, else the built-in en-US.
// Cross-check fixtures (crosscheck/ here) name an official style in a STYLE section, read from --styles DIR.
if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: SiteBuilder.Csl.Conformance DIR [--locales DIR] [--styles DIR] [--verbose] [--failures] [--show NAME] [--shared-cache]");
    return 2;
}

var folder = args[0];
var localesOption = args.SkipWhile(a => a != "--locales").Skip(1).FirstOrDefault();
var besides = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd('/'))!, "locales");
Program.LocalesFolder = localesOption ?? (Directory.Exists(besides) ? besides : null);
Program.StylesFolder = args.SkipWhile(a => a != "--styles").Skip(1).FirstOrDefault();
var show = args.SkipWhile(a => a != "--show").Skip(1).FirstOrDefault();
var verbose = args.Contains("--verbose");
var sharedCache = args.Contains("--shared-cache");
var clock = System.Diagnostics.Stopwatch.StartNew();
var fixtures = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Fixture.Read)
    .Where(f => show is null || f.Name == show).ToList();
var results = new List<(Fixture Fixture, bool Passed, string Actual)>();
foreach (var fixture in fixtures)
{
    string actual;
    try
    {
        actual = fixture.Run(sharedCache);
    }
    catch (Exception e)
    {
        actual = "EXCEPTION " + e.GetType().Name + ": " + e.Message;
    }

    results.Add((fixture, actual.Trim() == fixture.Result.Trim(), actual));
}

if (show is not null)
{
    foreach (var (fixture, passed, actual) in results)
    {
        Console.WriteLine($"{fixture.Name}: {(passed ? "passed" : "FAILED")}\n--- expected\n{fixture.Result}\n--- actual\n{actual}");
    }

    return 0;
}

foreach (var category in results.GroupBy(r => r.Fixture.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"{category.Key,-16} {category.Count(r => r.Passed),4} of {category.Count(),4}");
}

var elapsed = clock.Elapsed;
foreach (var (fixture, _, actual) in results.Where(r => !r.Passed))
{
    if (verbose)
    {
        Console.WriteLine($"--- {fixture.Name}\n  expected: {fixture.Result.Trim().Replace("\n", "\n            ", StringComparison.Ordinal)}\n  actual:   {actual.Trim().Replace("\n", "\n            ", StringComparison.Ordinal)}");
    }
    else if (args.Contains("--failures"))
    {
        Console.WriteLine("failed: " + fixture.Name);
    }
}

var passedCount = results.Count(r => r.Passed);
Console.WriteLine($"read and ran {results.Count} fixtures in {elapsed.TotalSeconds:F2} s ({(Program.LocalesFolder is null ? "built-in en-US locale" : "locales from " + Program.LocalesFolder)})");
Console.WriteLine($"{passedCount} passed, {results.Count - passedCount} failed of {results.Count}");
return 0;

internal static partial class Program
{
    public static string? LocalesFolder { get; set; }

    public static string? StylesFolder { get; set; }

    private static readonly Dictionary<string, LocaleOverride> Loaded = [];

    /// <summary>The locale a fixture's style asks for, from the locales folder (en-US when it has no such file); the built-in en-US without a folder.</summary>
    public static CslLocale Locale(SiteBuilder.Csl.Styles.CslStyle style)
    {
        var language = style.DefaultLocale ?? "en-US";
        if (LocalesFolder is null)
        {
            return new CslLocale(LocaleParser.BuiltInEnglish(), style.Locales);
        }

        // a language with no locale file formats with en-US, and the style's overrides for the language asked for
        return Load(language) is { } own ? new CslLocale(own, style.Locales) : new CslLocale(Load("en-US")!, style.Locales, language);
    }

    private static LocaleOverride? Load(string language)
    {
        if (Loaded.TryGetValue(language, out var known))
        {
            return known;
        }

        var path = Path.Combine(LocalesFolder!, $"locales-{language}.xml");
        if (!File.Exists(path))
        {
            var prefix = Directory.GetFiles(LocalesFolder!, $"locales-{language.Split('-')[0]}-*.xml").Order(StringComparer.Ordinal).FirstOrDefault();
            if (prefix is null)
            {
                return null;
            }

            path = prefix;
        }

        return Loaded[language] = LocaleParser.Parse(File.ReadAllText(path));
    }
}
