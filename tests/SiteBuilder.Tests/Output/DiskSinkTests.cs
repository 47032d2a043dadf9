using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public sealed class DiskSinkTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitebuilder-sink-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Writing_replaces_the_whole_folder_and_leaves_no_staging_folders()
    {
        var site = Path.Combine(folder, "_site");
        new DiskSink(site).Write([OutputFile.FromText("old.html", "old", SourceLocation.File("x"))]);
        new DiskSink(site).Write([OutputFile.FromText("a/new.html", "new", SourceLocation.File("x"))]);

        Assert.False(File.Exists(Path.Combine(site, "old.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(site, "a", "new.html")));
        Assert.Equal(["_site"], Directory.GetDirectories(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void The_written_folder_carries_the_marker_that_lets_the_next_build_replace_it()
    {
        var site = Path.Combine(folder, "_site");
        new DiskSink(site).Write([OutputFile.FromText("index.html", "x", SourceLocation.File("x"))]);

        Assert.True(File.Exists(Path.Combine(site, OutputFolderGuard.MarkerFile)));
    }

    [Fact]
    public void A_write_that_fails_part_way_leaves_the_previous_site_and_no_staging_folder()
    {
        var site = Path.Combine(folder, "_site");
        new DiskSink(site).Write([OutputFile.FromText("index.html", "previous", SourceLocation.File("x"))]);

        // "a" cannot be both a file and a folder: the second file fails after the first was written.
        var clash = new[] { OutputFile.FromText("a", "file", SourceLocation.File("x")), OutputFile.FromText("a/b.html", "nested", SourceLocation.File("x")) };
        Assert.ThrowsAny<IOException>(() => new DiskSink(site).Write(clash));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["_site"], Directory.GetDirectories(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_path_that_would_leave_the_output_folder_is_refused()
    {
        var site = Path.Combine(folder, "_site");

        Assert.Throws<InvalidOperationException>(() => new DiskSink(site).Write([OutputFile.FromText("../escape.html", "x", SourceLocation.File("x"))]));
        Assert.False(File.Exists(Path.Combine(folder, "escape.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
