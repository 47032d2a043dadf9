using System.Diagnostics;
using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>The command line packed as a .NET tool, installed from the repository, runs as <c>sitebuilder</c>.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string tools = Path.Combine(Path.GetTempPath(), "sitebuilder-tool-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(tools))
        {
            Directory.Delete(tools, recursive: true);
        }
    }

    private static (int Exit, string Out) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (args.FirstOrDefault() == "build")
        {
            start.Environment["SOURCE_DATE_EPOCH"] = "0"; // the in-process build's date (not for the pack: zip dates start in 1980)
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(600_000);
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void The_tool_installs_from_the_repository_and_runs_as_sitebuilder()
    {
        var script = RepositoryRoot.Combine("src", "SiteBuilder.Cli", "install-tool.sh");

        var (installed, log) = Run("bash", script, tools);
        Assert.True(installed == 0, log);

        var (exit, version) = Run(Path.Combine(tools, "sitebuilder"), "--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^1\.0\.0\+[0-9a-f]{7,}", version.Trim());

        var (helped, help) = Run(Path.Combine(tools, "sitebuilder"), "help");
        Assert.Equal(0, helped);
        Assert.Contains("sitebuilder [command] [options]", help, StringComparison.Ordinal);

        // With a C toolchain (as on CI) the installed command is the native, ahead-of-time compiled one, and
        // trimming has lost nothing the templates read: it writes the same bytes as the build in this process.
        if (File.Exists("/usr/bin/gcc") || File.Exists("/usr/bin/clang"))
        {
            Assert.Contains("installed (native", log, StringComparison.Ordinal);
        }

        var output = Path.Combine(tools, "site");
        var (built, buildLog) = Run(Path.Combine(tools, "sitebuilder"), "build", "--source", RepositoryRoot.Path, "--output", output, "--quiet");
        Assert.True(built == 0, buildLog);
        var expected = RealSite.Result.Files.ToDictionary(f => f.Path, f => f.Bytes);
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".sitebuilder", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), written);
        Assert.All(written, f => Assert.True(expected[f].AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, f))), f + " differs"));
    }
}
