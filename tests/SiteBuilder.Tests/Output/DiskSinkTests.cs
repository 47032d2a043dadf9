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

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
