using SiteBuilder.Csl.Conformance;
using SiteBuilder.Csl.Locales;

// dotnet run -c Release --project tests/SiteBuilder.Csl.Conformance -- <test-suite>/processor-tests/machines [<locales folder>] [--list] [--show NAME]
// Prints the share of fixtures that pass, by category; it asserts nothing.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: SiteBuilder.Csl.Conformance <processor-tests/machines folder> [<locales folder>] [--failures] [--show NAME]");
    return 2;
}

Program.LocalesFolder = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
var show = args.SkipWhile(a => a != "--show").Skip(1).FirstOrDefault();
var fixtures = Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal).Select(Fixture.Read)
    .Where(f => show is null || f.Name == show).ToList();
var results = new List<(Fixture Fixture, bool Passed, string Actual)>();
foreach (var fixture in fixtures)
{
    string actual;
    try
    {
        actual = fixture.Run();
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

if (args.Contains("--failures"))
{
    foreach (var (fixture, _, _) in results.Where(r => !r.Passed))
    {
        Console.WriteLine("failed: " + fixture.Name);
    }
}

var passedCount = results.Count(r => r.Passed);
Console.WriteLine($"CSL test suite: {passedCount} of {results.Count} fixtures pass ({100.0 * passedCount / Math.Max(1, results.Count):F1} %)");
return 0;

internal static partial class Program
{
    public static string? LocalesFolder { get; set; }

    private static readonly Dictionary<string, LocaleOverride> Loaded = [];

    /// <summary>The locale a fixture's style asks for, from the locales folder (en-US when it has no such file); the built-in en-US without a folder.</summary>
    public static CslLocale Locale(SiteBuilder.Csl.Styles.CslStyle style)
    {
        var language = style.DefaultLocale ?? "en-US";
        var baseLocale = LocalesFolder is null ? LocaleParser.BuiltInEnglish() : Load(language) ?? Load("en-US")!;
        return new CslLocale(baseLocale, style.Locales);
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
