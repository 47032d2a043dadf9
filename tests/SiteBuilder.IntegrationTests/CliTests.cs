using SiteBuilder.Cli;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

public class CliTests
{
    private static (int Exit, string Out, string Error) Build(TempSiteFolder site, bool quiet = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.RunAsync(new BuildRequest(new DirectoryInfo(site.Path), BuildTime: DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), Quiet: quiet), stdout, stderr).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_says_what_each_phase_made_and_ends_with_a_summary_unless_quiet()
    {
        using var site = new TempSiteFolder();

        var told = Build(site);
        var quiet = Build(site, quiet: true);

        var lines = told.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Matches(@"^load: 6 documents, 5 references \(\d+ ms\)$", lines[0]);
        Assert.Matches(@"^render: 6 documents, 7 citations \(\d+ ms\)$", lines[1]);
        Assert.StartsWith("template and post-process: 11 pages (", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("checks: 0 findings (", lines[4], StringComparison.Ordinal);
        Assert.Matches(@"^built 11 pages, \d+ files \(5 references, 7 citations\), 0 warnings, in \d+ ms -> ", lines[^1]);
        Assert.Equal(0, quiet.Exit);
        Assert.Equal("", quiet.Out);
    }

    [Fact]
    public async Task Timings_name_each_phases_time_and_what_the_build_allocated_and_collected()
    {
        using var site = new TempSiteFolder();
        var stderr = new StringWriter();

        var exit = await BuildCommand.RunAsync(new BuildRequest(new DirectoryInfo(site.Path), Timings: true, Quiet: true), new StringWriter(), stderr);

        var lines = stderr.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(0, exit);
        Assert.Matches(@"^timings \(ms\): reading sources \d+, load \d+, render \d+, template and post-process \d+, data files \d+, checks \d+, serialize \d+$", lines[^5]);
        Assert.Matches(@"^allocated \(MiB\): load \d+, render \d+, template and post-process \d+, data files \d+, checks \d+, serialize \d+$", lines[^4]);
        Assert.Matches(@"^collector paused \(ms\): load \d+, render \d+, template and post-process \d+, data files \d+, checks \d+, serialize \d+$", lines[^3]);
        Assert.Matches(@"^collections \(gen 0/1/2\): load \d+/\d+/\d+, render \d+/\d+/\d+, template and post-process \d+/\d+/\d+, data files \d+/\d+/\d+, checks \d+/\d+/\d+, serialize \d+/\d+/\d+$", lines[^2]);
        // what the heap holds after a phase is said only when it was compacted then (a process grown large)
        Assert.Matches(@"^memory: \d+ MiB allocated, collections \d+ \(gen 0\), \d+ \(gen 1\), \d+ \(gen 2\), paused \d+ ms; peak working set \d+ MiB(; compacted, the heap held \d+ MiB after (render|template and post-process)(, \d+ MiB after template and post-process)?)?$", lines[^1]);
    }

    [Fact]
    public void Build_writes_the_site_and_two_builds_are_byte_identical()
    {
        using var site = new TempSiteFolder();

        var first = Build(site);
        var snapshot = TempSiteFolder.Snapshot(site.Output);
        var second = Build(site);

        Assert.Equal(0, first.Exit);
        Assert.Equal("", first.Error);
        Assert.Contains("built 11 pages", first.Out);
        Assert.Equal(0, second.Exit);
        Assert.Equal(snapshot.Keys, TempSiteFolder.Snapshot(site.Output).Keys);
        Assert.All(snapshot, file => Assert.Equal(file.Value, TempSiteFolder.Snapshot(site.Output)[file.Key]));
        Assert.All(snapshot.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), f => Assert.DoesNotContain((byte)'\r', f.Value));
    }

    [Fact]
    public void Failed_build_prints_diagnostics_exits_non_zero_and_keeps_the_previous_site()
    {
        using var site = new TempSiteFolder();
        Assert.Equal(0, Build(site).Exit);
        var before = TempSiteFolder.Snapshot(site.Output);
        var essay = site.Combine("content", "essays", "when-kindness-turns-to-heartbreak.md");
        File.WriteAllText(essay, File.ReadAllText(essay).Replace("[@johnson2008, pp. 100–120]", "[@jonson2008, pp. 100–120]"));

        var (exit, _, error) = Build(site);

        Assert.Equal(1, exit);
        Assert.Matches(@"^content/essays/when-kindness-turns-to-heartbreak\.md:\d+:\d+: error SB0301: unknown citation key 'jonson2008' \(did you mean 'johnson2008'\?\): not in content/references\.yaml\n", error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before.Keys, TempSiteFolder.Snapshot(site.Output).Keys);
    }

    [Fact]
    public void Import_refuses_to_overwrite_content_unless_forced()
    {
        using var site = new TempSiteFolder();
        var seed = new FileInfo(site.Combine("seeds", "000_b197feb57226d70a.txt"));
        var references = site.Combine("content", "references.yaml");
        var edited = File.ReadAllText(references);

        var refused = ImportCommand.Run(seed, new DirectoryInfo(site.Path), false, new StringWriter(), new StringWriter());
        Assert.Equal(1, refused);
        Assert.Equal(edited, File.ReadAllText(references));

        var forced = ImportCommand.Run(seed, new DirectoryInfo(site.Path), true, new StringWriter(), new StringWriter());
        Assert.Equal(0, forced);
        Assert.DoesNotContain("theme:", File.ReadAllText(references));
    }

    [Fact]
    public void Check_reports_success_and_writes_nothing()
    {
        using var site = new TempSiteFolder();
        var stdout = new StringWriter();

        Assert.Equal(0, CheckCommand.Run(new BuildRequest(new DirectoryInfo(site.Path), Strict: true), stdout, new StringWriter()));
        Assert.Contains("no errors", stdout.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Pdf_command_writes_the_pdf_beside_the_essay_and_links_it()
    {
        using var site = new TempSiteFolder();
        var stdout = new StringWriter();

        var exit = await BuildCommand.RunAsync(new BuildRequest(new DirectoryInfo(site.Path), Pdf: true), stdout, new StringWriter());

        Assert.Equal(0, exit);
        var pdf = site.Combine("_site", "essays", "when-kindness-turns-to-heartbreak", "when-kindness-turns-to-heartbreak.pdf");
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..5]);
        Assert.Contains(">Download PDF</a>", File.ReadAllText(site.Combine("_site", "essays", "when-kindness-turns-to-heartbreak", "index.html")));
        Assert.Contains("ms of it starting Chromium", stdout.ToString());
    }

    [Fact]
    public async Task Pdf_without_chromium_says_how_to_install_it_and_keeps_the_previous_site()
    {
        using var site = new TempSiteFolder();
        Assert.Equal(0, Build(site).Exit);
        var before = TempSiteFolder.Snapshot(site.Output);
        var stderr = new StringWriter();

        var exit = await BuildCommand.RunAsync(new BuildRequest(new DirectoryInfo(site.Path), Pdf: true, Chromium: "/no/such/chromium"), new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Contains("Chromium was not found. Install it (Debian/Ubuntu: apt-get install chromium)", stderr.ToString());
        Assert.Equal(before.Keys, TempSiteFolder.Snapshot(site.Output).Keys);
    }
}
