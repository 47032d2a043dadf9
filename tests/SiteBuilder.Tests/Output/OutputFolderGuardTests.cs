using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

/// <summary>The output folder is replaced whole, so it must never overlap the sources or hold files SiteBuilder did not write.</summary>
public sealed class OutputFolderGuardTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sitebuilder-guard-" + Guid.NewGuid().ToString("N"));

    public OutputFolderGuardTests()
    {
        foreach (var folder in new[] { "content/pages", "templates/assets", "seeds", ".git/objects" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        File.WriteAllText(Path.Combine(root, "site.yaml"), "title: T\n");
        File.WriteAllText(Path.Combine(root, "content", "pages", "index.md"), "# Home\n");
    }

    [Theory]
    [InlineData(".", "is the site's own folder")]
    [InlineData("..", "contains the site's own folder")]
    [InlineData("content", "is the site's content/ folder")]
    [InlineData("content/pages", "lies inside the site's content/ folder")]
    [InlineData("content/pages/new", "lies inside the site's content/ folder")]
    [InlineData("templates", "is the site's templates/ folder")]
    [InlineData("templates/assets", "lies inside the site's templates/ folder")]
    [InlineData("seeds", "is the site's seeds/ folder")]
    [InlineData(".git", "is the site's .git/ folder")]
    [InlineData(".git/site", "lies inside the site's .git/ folder")]
    public void Folders_that_overlap_the_sources_are_refused(string output, string why)
    {
        var refusal = OutputFolderGuard.Check(root, Path.Combine(root, output), "--output");

        Assert.NotNull(refusal);
        Assert.Equal("SB0108", refusal.Code);
        Assert.Contains(why, refusal.Message);
    }

    [Theory]
    [InlineData("essay.pdf")]
    [InlineData("out/site.HTML")]
    [InlineData("site.zip")]
    public void An_output_named_like_a_file_is_refused_with_what_output_means(string output)
    {
        var refusal = OutputFolderGuard.Check(root, Path.Combine(Path.GetTempPath(), "sitebuilder-guard-out-" + Guid.NewGuid().ToString("N"), output), "--output");

        Assert.NotNull(refusal);
        Assert.Contains("--output is the folder the whole site is written to", refusal.Message);
    }

    [Fact]
    public void A_folder_that_exists_may_have_a_name_like_a_file()
    {
        var output = Path.Combine(Path.GetTempPath(), "sitebuilder-guard-out-" + Guid.NewGuid().ToString("N") + ".pdf");
        Directory.CreateDirectory(output);
        try
        {
            Assert.Null(OutputFolderGuard.Check(root, output, "--output"));
        }
        finally
        {
            Directory.Delete(output);
        }
    }

    [Fact]
    public void A_link_to_a_source_folder_is_judged_by_where_it_leads()
    {
        Directory.CreateSymbolicLink(Path.Combine(root, "out"), Path.Combine(root, "content"));

        Assert.Contains("content/", OutputFolderGuard.Check(root, Path.Combine(root, "out"), "--output")!.Message);
    }

    [Fact]
    public void The_default_folder_inside_the_site_is_fine_whether_absent_empty_or_marked()
    {
        var output = Path.Combine(root, "_site");
        Assert.Null(OutputFolderGuard.Check(root, output, "_site"));

        Directory.CreateDirectory(output);
        Assert.Null(OutputFolderGuard.Check(root, output, "_site"));

        new DiskSink(output).Write([]);
        File.WriteAllText(Path.Combine(output, "old.html"), "old");
        Assert.Null(OutputFolderGuard.Check(root, output, "_site"));
    }

    [Fact]
    public void A_folder_with_files_that_SiteBuilder_did_not_write_is_never_replaced()
    {
        var output = Path.Combine(root, "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        var refusal = OutputFolderGuard.Check(root, output, "--output");

        Assert.Contains("did not write", refusal!.Message);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        var output = Path.Combine(root, "site.html");
        File.WriteAllText(output, "x");

        Assert.Contains("is a file", OutputFolderGuard.Check(root, output, "--output")!.Message);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
