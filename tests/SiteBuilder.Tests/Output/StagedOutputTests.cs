using System.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

/// <summary>The staging folder a build writes into: what an interrupted or killed build leaves, and what it does not.</summary>
public sealed class StagedOutputTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitebuilder-staged-" + Guid.NewGuid().ToString("N"));

    private string Site => Path.Combine(folder, "_site");

    [Fact]
    public void Abandoning_deletes_what_was_written_and_refuses_later_writes_and_the_commit()
    {
        WritePrevious();
        using var output = StagedOutput.Begin(Site);
        output.Write("essays/a/index.html", "new"u8);

        output.Abandon();

        Assert.Throws<OperationCanceledException>(() => output.Write("essays/b/index.html", "late"u8));
        Assert.Throws<OperationCanceledException>(output.Commit);
        Assert.Equal(["_site"], Siblings());
        Assert.Equal("previous", File.ReadAllText(Path.Combine(Site, "index.html")));
    }

    [Fact]
    public void A_build_removes_the_staging_and_previous_folders_a_killed_build_left_beside_its_output()
    {
        WritePrevious();
        var dead = ExitedProcessId();
        var left = new[] { $"_site.new-{dead}", $"_site.old-{dead}" };
        foreach (var name in left)
        {
            Ours(name);
        }

        using (var output = StagedOutput.Begin(Site))
        {
            output.Write("index.html", "new"u8);
            output.Commit();
        }

        Assert.Equal(["_site"], Siblings());
    }

    [Fact]
    public void A_build_keeps_folders_that_are_not_a_dead_builds_own()
    {
        var dead = ExitedProcessId();
        Ours("_site.new-1"); // a process that runs (init, or the container's first process)
        Directory.CreateDirectory(Path.Combine(folder, $"_site.new-{dead}")); // no marker: not ours to delete
        Ours($"_site.new-{dead}x"); // not a process number
        Ours($"_site.backup-{dead}");
        Ours($"other.new-{dead}"); // another output's

        using (var output = StagedOutput.Begin(Site))
        {
            output.Write("index.html", "new"u8);
            output.Commit();
        }

        Assert.Equal(["_site", $"_site.backup-{dead}", "_site.new-1", $"_site.new-{dead}", $"_site.new-{dead}x", $"other.new-{dead}"], Siblings());
    }

    [Fact]
    public void An_output_folder_that_is_a_link_stays_a_link_to_the_new_site()
    {
        var served = Path.Combine(folder, "www", "html");
        Directory.CreateDirectory(served);
        Directory.CreateSymbolicLink(Site, served);

        foreach (var text in new[] { "first", "second" })
        {
            using var output = StagedOutput.Begin(Site);
            output.Write("index.html", System.Text.Encoding.UTF8.GetBytes(text));
            output.Commit();
        }

        Assert.Equal(served, new DirectoryInfo(Site).LinkTarget);
        Assert.Equal("second", File.ReadAllText(Path.Combine(served, "index.html")));
        Assert.Equal(["_site", "www"], Siblings());
        Assert.Equal(["html"], Directory.GetDirectories(Path.Combine(folder, "www")).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void WritePrevious()
    {
        using var output = StagedOutput.Begin(Site);
        output.Write("index.html", "previous"u8);
        output.Commit();
    }

    private void Ours(string name)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.Combine(path, "essays", "a"));
        File.WriteAllText(Path.Combine(path, OutputFolderGuard.MarkerFile), "");
        File.WriteAllText(Path.Combine(path, "essays", "a", "index.html"), "half-written");
    }

    private List<string> Siblings() => Directory.GetDirectories(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

    /// <summary>The number of a process that has ended (and, this soon after, not been given to another).</summary>
    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
