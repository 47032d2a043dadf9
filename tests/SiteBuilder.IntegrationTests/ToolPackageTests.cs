using System.Diagnostics;
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
    }
}
