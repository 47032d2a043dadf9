using System.Diagnostics;
using SiteBuilder.Cli;
using SiteBuilder.IntegrationTests.Support;
using Xunit.Abstractions;

namespace SiteBuilder.IntegrationTests;

/// <summary>
/// Hardening by mutation: the real site, damaged in hundreds of deterministic ways, must never make the build
/// throw. Each damaged build exits 0 or 1; a failure names the damaged file and leaves the previous _site as it was.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    [Fact]
    public void No_mutation_of_the_sources_crashes_the_build_or_touches_the_previous_site()
    {
        using var site = new TempSiteFolder();
        Assert.Equal(0, Build(site, out _));
        var published = TempSiteFolder.Snapshot(site.Output);
        var originals = MutationCatalogue.InputFiles(site.Path).ToDictionary(f => f, f => File.ReadAllBytes(site.Combine(f)));
        var mutations = MutationCatalogue.For(site.Path);
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var failures = 0;

        foreach (var mutation in mutations)
        {
            mutation.Apply(site.Path);
            var exit = Build(site, out var error);
            var problem = Judge(mutation, exit, error, published, site);
            if (problem is not null)
            {
                problems.Add($"{mutation.Name}: {problem}");
            }

            failures += exit == 1 ? 1 : 0;
            if (exit == 0)
            {
                published = TempSiteFolder.Snapshot(site.Output);
            }

            Restore(site, mutation, originals);
        }

        output.WriteLine($"{mutations.Count} mutations, {failures} refused with diagnostics, {mutations.Count - failures} built, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(mutations.Count > 300, $"only {mutations.Count} mutations");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task An_output_path_that_is_a_file_is_refused_and_the_file_kept()
    {
        using var site = new TempSiteFolder();
        var file = site.Combine("output.html");
        File.WriteAllText(file, "mine");

        var stderr = new StringWriter();
        var exit = await new CliApplication(new StringWriter(), stderr).RunAsync(["build", "--source", site.Path, "--output", file]);

        Assert.Equal(1, exit);
        Assert.Contains("error SB0108", stderr.ToString());
        Assert.Equal("mine", File.ReadAllText(file));
    }

    private static int Build(TempSiteFolder site, out string error)
    {
        var stderr = new StringWriter();
        var exit = new CliApplication(new StringWriter(), stderr).RunAsync(["build", "--source", site.Path]).GetAwaiter().GetResult();
        error = stderr.ToString();
        return exit;
    }

    private static string? Judge(Mutation mutation, int exit, string error, SortedDictionary<string, byte[]> published, TempSiteFolder site)
    {
        if (exit is not (0 or 1) || error.Contains("   at ", StringComparison.Ordinal) || error.Contains("SB0000", StringComparison.Ordinal))
        {
            return $"exit {exit}: {FirstLines(error)}";
        }

        if (exit == 1 && !error.Contains(mutation.File, StringComparison.Ordinal))
        {
            return $"no diagnostic names {mutation.File}: {FirstLines(error)}";
        }

        var now = TempSiteFolder.Snapshot(site.Output);
        if (exit == 1 && (!now.Keys.SequenceEqual(published.Keys) || now.Any(f => !f.Value.AsSpan().SequenceEqual(published[f.Key]))))
        {
            return "the failed build changed _site";
        }

        return null;
    }

    private static void Restore(TempSiteFolder site, Mutation mutation, Dictionary<string, byte[]> originals)
    {
        var path = site.Combine(mutation.File);
        if (originals.TryGetValue(mutation.File, out var bytes))
        {
            File.WriteAllBytes(path, bytes);
        }
        else
        {
            File.Delete(path);
        }
    }

    private static string FirstLines(string text) => string.Join(" | ", text.Split('\n').Take(3));
}
