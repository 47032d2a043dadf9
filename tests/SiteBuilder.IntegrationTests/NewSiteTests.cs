using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Cli;

namespace SiteBuilder.IntegrationTests;

/// <summary><c>sitebuilder new</c>: a site that builds strictly as it is made, and nothing of the author's overwritten.</summary>
public sealed class NewSiteTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitebuilder-new-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = new CliApplication(stdout, stderr).RunAsync(args).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_new_site_builds_strictly_with_its_example_essay_citations_and_pages()
    {
        var made = Run("new", folder);
        var built = Run("build", "--strict", "--source", folder);

        Assert.Equal(0, made.Exit);
        Assert.Contains("sitebuilder serve", made.Out, StringComparison.Ordinal);
        Assert.True(built.Exit == 0, built.Error);
        var site = Path.Combine(folder, "_site");
        foreach (var page in new[] { "index.html", "essays/first-essay/index.html", "references/example2020/index.html", "reading-list/index.html", "about/index.html", "404.html" })
        {
            Assert.True(File.Exists(Path.Combine(site, page)), $"the new site has no {page}");
        }

        var essay = File.ReadAllText(Path.Combine(site, "essays/first-essay/index.html"));
        Assert.Contains("data-ref=\"ref-example2020\"", essay, StringComparison.Ordinal);
        Assert.Contains("# base_url:", File.ReadAllText(Path.Combine(folder, "site.yaml")), StringComparison.Ordinal);
        // a site put under version control leaves its output (and a build's staging folder) out
        Assert.Equal(["_site/", "_site.*/"], File.ReadAllLines(Path.Combine(folder, ".gitignore")).Where(l => !l.StartsWith('#')));
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("build")]
    [InlineData("check")]
    public void A_folder_that_is_not_a_site_is_refused_at_once_with_what_to_do(string command)
    {
        Directory.CreateDirectory(folder);

        var (exit, _, error) = Run(command, "--source", folder);

        Assert.Equal(1, exit);
        Assert.Equal($"error: '{folder}' is not a SiteBuilder site (it has no site.yaml); run in a site's folder, give --source DIR, or make one with 'sitebuilder new DIR'\n", error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_file_given_as_the_site_is_refused_with_the_folder_to_give(string command)
    {
        Run("new", folder);
        var file = Path.Combine(folder, "site.yaml");

        var (exit, _, error) = Run(command, "--source", file);

        Assert.Equal(1, exit);
        Assert.Equal($"error: '{file}' is a file; --source takes the site's folder, the one that holds site.yaml (the site is '{folder}')\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Import_into_a_new_site_from_elsewhere_keeps_the_seed_in_the_site_and_adds_to_its_references()
    {
        Run("new", folder);
        var seed = Path.Combine(Path.GetTempPath(), "sitebuilder-seed-" + Guid.NewGuid().ToString("N") + ".txt");
        File.Copy(Directory.GetFiles(Tests.Support.RepositoryRoot.Combine("seeds"), "*.txt")[0], seed);
        try
        {
            var (exit, output, error) = Run("import", seed, "--source", folder);

            Assert.True(exit == 0, error);
            Assert.Contains($"kept the seed as seeds/{Path.GetFileName(seed)}", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "seeds", Path.GetFileName(seed))));
            var essay = File.ReadAllText(Directory.GetFiles(Path.Combine(folder, "content", "essays"), "when-*.md")[0]);
            Assert.Contains($"source: \"seeds/{Path.GetFileName(seed)}\"", essay, StringComparison.Ordinal);
            var references = File.ReadAllText(Path.Combine(folder, "content", "references.yaml"));
            Assert.Contains("- id: example2020", references, StringComparison.Ordinal); // the site's own stay
            Assert.Contains("- id: levine2010", references, StringComparison.Ordinal); // the seed's join them
            Assert.Equal(0, Run("build", "--source", folder).Exit);
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x54, 0x69, 0xFF, 0x0A }, "1:3: error SB0106: byte 0xFF is not valid UTF-8 here")]
    [InlineData(new byte[] { 0x4F, 0x6E, 0x65, 0x20, 0x6C, 0x69, 0x6E, 0x65, 0x0A }, "2:1: error SB0601: the seed has a title but no paragraphs")]
    public void An_import_that_fails_leaves_the_site_as_it_was_and_names_the_file_given(byte[] seedBytes, string expected)
    {
        Run("new", folder);
        var before = TempSiteFolder.Snapshot(folder);
        var seed = Path.Combine(Path.GetTempPath(), "sitebuilder-seed-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(seed, seedBytes);
        try
        {
            var (exit, output, error) = Run("import", seed, "--source", folder);

            Assert.Equal(1, exit);
            Assert.StartsWith($"{seed}:{expected}", error, StringComparison.Ordinal);
            Assert.Equal("", output);
            Assert.Equal(before.Keys, TempSiteFolder.Snapshot(folder).Keys); // the seed was not kept in seeds/
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Fact]
    public void New_refuses_a_folder_that_has_files()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "keep me");

        var (exit, _, error) = Run("new", folder);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(folder, "mine.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void New_refuses_a_path_that_is_a_file()
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "notes");
        File.WriteAllText(file, "keep me");

        var (exit, _, error) = Run("new", file);

        Assert.Equal(1, exit);
        Assert.Equal($"error: '{file}' is a file; give a new folder (nothing of yours is overwritten)\n", error.ReplaceLineEndings("\n"));
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void A_site_that_cannot_be_written_is_a_located_error_and_leaves_nothing_behind()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "content"), "a file where the site's content/ folder goes");
        var site = Path.Combine(folder, "content", "site");

        var (exit, output, error) = Run("new", site);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{site}: error SB0109: cannot make the site here: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(folder, "content")], Directory.EnumerateFileSystemEntries(folder));
    }
}
