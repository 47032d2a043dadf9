using System.CommandLine;
using SiteBuilder.Cli;
using SiteBuilder.IntegrationTests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>How the command line reports what goes wrong: usage errors exit 2, site errors 1, bugs 70, and never a stack trace unasked.</summary>
public class CliErrorTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => Run([], args);

    private static (int Exit, string Out, string Error) Run(Command[] extra, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = new CliApplication(stdout, stderr, extra).RunAsync(args).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_mistyped_command_exits_2_with_one_hint_and_no_help_text()
    {
        var (exit, _, error) = Run("biuld");

        Assert.Equal(2, exit);
        Assert.Equal("error: unknown command 'biuld' (did you mean 'build'?); the commands are build, pdf, serve, check, import, new\nRun 'sitebuilder --help' for usage.\n", error);
    }

    [Theory]
    [InlineData(new[] { "build", "--strcit" }, "error: unknown option '--strcit' for 'build' (did you mean '--strict'?)\nRun 'sitebuilder build --help' for usage.\n")]
    [InlineData(new[] { "serve", "--prot", "8080" }, "error: unknown option '--prot' for 'serve' (did you mean '--port'?)\nRun 'sitebuilder serve --help' for usage.\n")]
    [InlineData(new[] { "help", "biuld" }, "error: unknown command 'biuld' (did you mean 'build'?); the commands are build, pdf, serve, check, import, new\n")]
    [InlineData(new[] { "serve", "--port", "99999" }, "error: --port must be a number from 0 to 65535, not 99999\nRun 'sitebuilder serve --help' for usage.\n")]
    [InlineData(new[] { "serve", "--port", "many" }, "error: --port must be a number from 0 to 65535, not 'many'\nRun 'sitebuilder serve --help' for usage.\n")]
    [InlineData(new[] { "serve", "-p", "-80" }, "error: --port must be a number from 0 to 65535, not -80\nRun 'sitebuilder serve --help' for usage.\n")]
    [InlineData(new[] { "build", "--output", "" }, "error: --output needs a folder, not ''\nRun 'sitebuilder build --help' for usage.\n")]
    [InlineData(new[] { "check", "--source" }, "error: --source needs a folder\nRun 'sitebuilder check --help' for usage.\n")]
    [InlineData(new[] { "import" }, "error: 'import' needs <seed>: sitebuilder import <seed>\nRun 'sitebuilder import --help' for usage.\n")]
    [InlineData(new[] { "new" }, "error: 'new' needs <folder>: sitebuilder new <folder>\nRun 'sitebuilder new --help' for usage.\n")]
    public void Usage_errors_are_one_line_in_the_conventions_people_know(string[] args, string expected)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Check_publish_refuses_a_site_without_its_real_address_at_the_option_that_gave_it()
    {
        var site = Tests.Support.RepositoryRoot.Path;

        var none = Run("check", "--publish", "--source", site);
        var placeholder = Run("check", "--publish", "--source", site, "--base-url", "https://example.org/essays/");

        Assert.Equal(1, none.Exit);
        Assert.StartsWith("site.yaml: error SB0103: --publish needs the address the site is published at, and the site has none", none.Error, StringComparison.Ordinal);
        Assert.Equal(1, placeholder.Exit);
        Assert.StartsWith("--base-url: error SB0103: --publish needs the address the site is published at, and 'https://example.org/essays/' is a placeholder", placeholder.Error, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", "--publish", "--source", site, "--base-url", "https://someone.github.io/essays/").Exit);
    }

    [Theory]
    [InlineData(new[] { "help" }, "Usage:")]
    [InlineData(new[] { "help", "build" }, "sitebuilder build [options]")]
    public void Help_and_help_command_print_the_help(string[] args, string expected)
    {
        var (exit, output, _) = Run(args);

        Assert.Equal(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("serve", "--port", "99999")]
    [InlineData("serve", "--port", "many")]
    [InlineData("build", "--base-url", "example.org/essays")]
    [InlineData("check", "--base-url", "5")]
    [InlineData("import")]
    public void Usage_errors_exit_2_naming_the_command(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error);
        Assert.EndsWith($"Run 'sitebuilder {args[0]} --help' for usage.\n", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_70_with_the_trace_only_under_verbose()
    {
        static Command Crash()
        {
            var crash = new Command("crash");
            crash.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("boom")));
            return crash;
        }

        var quiet = Run([Crash()], ["crash"]);
        var verbose = Run([Crash()], ["crash", "--verbose"]);

        Assert.Equal(70, quiet.Exit);
        Assert.Equal("error SB0000: internal error: boom (run with --verbose for the stack trace)\n", quiet.Error);
        Assert.Equal(70, verbose.Exit);
        Assert.Contains("   at ", verbose.Error);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/pages")]
    [InlineData("templates")]
    [InlineData("seeds")]
    public void Build_refuses_an_output_folder_that_overlaps_the_sources_and_deletes_nothing(string output)
    {
        using var site = new TempSiteFolder();
        var before = TempSiteFolder.Snapshot(site.Path);

        var (exit, _, error) = Run("build", "--source", site.Path, "--output", site.Combine(output));

        Assert.Equal(1, exit);
        Assert.StartsWith("--output: error SB0108: ", error);
        Assert.Equal(before.Keys, TempSiteFolder.Snapshot(site.Path).Keys);
    }

    [Fact]
    public void Verbose_build_prints_the_timings_and_memory_too()
    {
        using var site = new TempSiteFolder();

        var (exit, _, error) = Run("build", "--source", site.Path, "--output", site.Output, "--verbose", "--quiet");

        Assert.Equal(0, exit);
        Assert.Contains("timings (ms): reading sources ", error, StringComparison.Ordinal);
        Assert.Contains("MiB allocated, collections ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_into_a_folder_of_someone_elses_files_refuses_and_keeps_them()
    {
        using var site = new TempSiteFolder();
        var output = site.Combine("public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "mine.txt"), "keep me");

        var (exit, _, error) = Run("build", "--source", site.Path, "--output", output);

        Assert.Equal(1, exit);
        Assert.Contains("did not write", error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "mine.txt")));
    }

    [Fact]
    public void A_failed_pdf_step_is_a_diagnostic_and_keeps_the_previous_site()
    {
        using var site = new TempSiteFolder();
        Assert.Equal(0, Run("build", "--source", site.Path).Exit);
        var before = TempSiteFolder.Snapshot(site.Output);
        var fake = site.Combine("not-chromium.sh");
        File.WriteAllText(fake, "#!/bin/sh\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var (exit, _, error) = Run("build", "--source", site.Path, "--pdf", "--chromium", fake);

        Assert.Equal(1, exit);
        Assert.Contains("error SB0701: printing the PDF failed", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before.Keys, TempSiteFolder.Snapshot(site.Output).Keys);
    }
}
