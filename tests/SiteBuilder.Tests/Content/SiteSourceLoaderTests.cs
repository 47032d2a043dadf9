using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Content;

/// <summary>Reading a site from disk: whatever the file system refuses becomes a diagnostic, never an exception.</summary>
public sealed class SiteSourceLoaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitebuilder-loader-" + Guid.NewGuid().ToString("N"));
    private readonly string outside = Path.Combine(Path.GetTempPath(), "sitebuilder-outside-" + Guid.NewGuid().ToString("N"));

    public SiteSourceLoaderTests()
    {
        foreach (var file in TestSite.Split(Sites.Minimal))
        {
            Write(file.Path, file.Text);
        }
    }

    [Fact]
    public void A_dangling_symlink_is_an_error_naming_the_link()
    {
        File.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "ghost.md"), Path.Combine(folder, "nowhere.md"));

        var sources = SiteSourceLoader.Load(folder);

        var problem = Assert.Single(sources.Problems);
        Assert.Equal($"content/pages/ghost.md: error SB0105: this symbolic link points to '{Path.Combine(folder, "nowhere.md")}', which does not exist", problem.ToString());
    }

    [Fact]
    public void A_large_folder_is_listed_in_order_with_its_links_checked_as_a_small_one_is()
    {
        // enough entries that the walker looks at them on all cores
        for (var i = 0; i < 300; i++)
        {
            Write($"content/essays/e{i:D3}.md", $"---\ntitle: Essay {i}\n---\nText {i}.\n");
        }

        File.CreateSymbolicLink(Path.Combine(folder, "content", "essays", "e150-ghost.md"), Path.Combine(folder, "nowhere.md"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "page.md"), "---\ntitle: Out\n---\nText.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "content", "essays", "e200-out.md"), Path.Combine(outside, "page.md"));
        Write("content/essays/nested/deeper.md", "---\ntitle: Deeper\n---\nDeep.\n");

        var sources = SiteSourceLoader.Load(folder);

        Assert.Equal(["SB0105 content/essays/e150-ghost.md", "SB0107 content/essays/e200-out.md"], sources.Problems.Select(p => $"{p.Code} {p.Location.Path}"));
        var essays = sources.Content.Select(f => f.Path).Where(p => p.StartsWith("content/essays/", StringComparison.Ordinal)).ToList();
        Assert.Equal(essays.Order(StringComparer.Ordinal), essays);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"content/essays/e{i:D3}.md"), essays.Where(p => p.Length == "content/essays/e000.md".Length && p.StartsWith("content/essays/e", StringComparison.Ordinal)));
        Assert.Contains("content/essays/nested/deeper.md", essays);
    }

    [Fact]
    public void A_symlinked_folder_outside_the_site_is_refused_with_the_links_path()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret\n---\nNot for publishing.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "linked"), outside);

        var sources = SiteSourceLoader.Load(folder);
        var result = SiteBuild.Run(sources);

        Assert.Equal(sources.Problems, result.Diagnostics);
        Assert.StartsWith("content/pages/linked: error SB0107: this symbolic link leads outside the site folder", Assert.Single(sources.Problems).ToString());
        Assert.DoesNotContain(sources.Content, f => f.Text.Contains("Not for publishing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symlinked_file_outside_the_site_is_refused_too()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "page.md"), "---\ntitle: Out\n---\nText.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "out.md"), Path.Combine(outside, "page.md"));

        Assert.Contains("SB0107", Assert.Single(SiteSourceLoader.Load(folder).Problems).ToString());
    }

    [Fact]
    public void A_symlink_within_the_site_is_followed()
    {
        Write("drafts/extra.md", "---\ntitle: Extra\n---\nExtra text.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "extra.md"), Path.Combine("..", "..", "drafts", "extra.md"));

        var sources = SiteSourceLoader.Load(folder);

        Assert.Empty(sources.Problems);
        Assert.Contains(sources.Content, f => f.Path == "content/pages/extra.md" && f.Text.Contains("Extra text.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symlink_loop_is_reported_and_the_walk_ends()
    {
        File.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "loop.md"), Path.Combine(folder, "content", "pages", "loop.md"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "again"), Path.Combine(folder, "content"));

        var sources = SiteSourceLoader.Load(folder);

        Assert.Equal("content/pages/loop.md", Assert.Single(sources.Problems).Location.Path);
        Assert.Equal(sources.Content.Count, sources.Content.Select(f => f.Path).Distinct().Count());
    }

    [Fact]
    public void Invalid_utf8_in_any_source_stops_the_build_at_its_position()
    {
        File.AppendAllText(Path.Combine(folder, "content", "pages", "about.md"), "\nplain\n");
        using (var stream = new FileStream(Path.Combine(folder, "content", "pages", "about.md"), FileMode.Append))
        {
            stream.Write([0x61, 0xFE, 0x0A]);
        }

        var result = SiteBuild.Run(SiteSourceLoader.Load(folder));

        Assert.False(result.Succeeded);
        Assert.Matches(@"^content/pages/about\.md:\d+:2: error SB0106: byte 0xFE is not valid UTF-8", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_an_error_naming_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names are UTF-16 and cannot be malformed this way
        }

        // A name with a byte that is not UTF-8 (Latin-1 'é'), as a file copied from an old system might have;
        // .NET writes every name as UTF-8, so the shell makes it.
        var pages = Path.Combine(folder, "content", "pages");
        Shell("touch \"$1/$(printf 'caf\\351.md')\"", pages);

        var problems = SiteSourceLoader.Load(folder).Problems;
        Shell("rm -f \"$1\"/caf*.md", pages); // .NET could not delete it either
        var problem = Assert.Single(problems);
        Assert.Equal("SB0106", problem.Code);
        Assert.Contains("not valid UTF-8", problem.Message);
    }

    [Fact]
    public void Assets_are_copied_as_bytes_and_need_not_be_utf8()
    {
        Directory.CreateDirectory(Path.Combine(folder, "templates", "assets"));
        File.WriteAllBytes(Path.Combine(folder, "templates", "assets", "notes.txt"), [0x63, 0x61, 0x66, 0xE9]);

        var sources = SiteSourceLoader.Load(folder);

        Assert.Empty(sources.Problems);
        Assert.Equal([0x63, 0x61, 0x66, 0xE9], Assert.Single(sources.Assets, a => a.Path == "notes.txt").Bytes);
        Assert.DoesNotContain(sources.Templates, t => t.Path.Contains("assets", StringComparison.Ordinal));
    }

    [Fact]
    public void Hidden_files_and_folders_are_not_read()
    {
        Write("content/pages/.draft.md", "not yaml: [");
        Write("content/.cache/page.md", "not yaml: [");

        var sources = SiteSourceLoader.Load(folder);

        Assert.Empty(sources.Problems);
        Assert.DoesNotContain(sources.Content, f => f.Path.Contains("/.", StringComparison.Ordinal));
    }

    [Fact]
    public void Told_what_changed_a_reload_reads_those_and_new_files_and_takes_the_rest_as_they_were()
    {
        var first = SiteSourceLoader.Load(folder);
        Write("content/essays/first.md", First(first).Text.Replace("Opening words.", "Opening words, revised.", StringComparison.Ordinal));
        Write("content/pages/index.md", "---\ntitle: Home\n---\n\nChanged where no watcher saw it.\n");
        Write("content/pages/about.md", "---\ntitle: About\n---\n\nNew.\n");
        File.Delete(Path.Combine(folder, "content", "pages", "reading-list.md"));

        var second = SiteSourceLoader.Load(folder, first, new HashSet<string>(StringComparer.Ordinal) { "content/essays/first.md" });

        Assert.Contains("Opening words, revised.", First(second).Text, StringComparison.Ordinal);
        Assert.Same(Page(first, "index"), Page(second, "index")); // unchanged, as the caller said: not even looked at
        Assert.Contains("New.", Page(second, "about")!.Text, StringComparison.Ordinal);
        Assert.Null(Page(second, "reading-list"));
    }

    [Fact]
    public void Not_told_what_changed_a_reload_looks_at_every_file()
    {
        var first = SiteSourceLoader.Load(folder);
        Write("content/pages/index.md", "---\ntitle: Home\n---\n\nChanged, and longer than before.\n");

        var second = SiteSourceLoader.Load(folder, first);

        Assert.Contains("Changed, and longer", Page(second, "index")!.Text, StringComparison.Ordinal);
        Assert.Same(First(first), First(second));
    }

    [Fact]
    public void A_file_reached_through_a_linked_folder_is_always_looked_at()
    {
        // a watcher of the site sees no change behind a link, so such files are never taken on trust
        Directory.CreateDirectory(Path.Combine(folder, "shared"));
        File.WriteAllText(Path.Combine(folder, "shared", "linked.md"), "---\ntitle: Linked\n---\n\nBefore.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "content", "pages", "more"), Path.Combine(folder, "shared"));
        var first = SiteSourceLoader.Load(folder);
        File.WriteAllText(Path.Combine(folder, "shared", "linked.md"), "---\ntitle: Linked\n---\n\nAfter, much longer.\n");

        var second = SiteSourceLoader.Load(folder, first, new HashSet<string>(StringComparer.Ordinal));

        Assert.Contains("After, much longer.", second.Content.Single(f => f.Path == "content/pages/more/linked.md").Text, StringComparison.Ordinal);
    }

    private static SourceFile First(SiteSources sources) => sources.Content.Single(f => f.Path == "content/essays/first.md");

    private static SourceFile? Page(SiteSources sources, string slug) => sources.Content.SingleOrDefault(f => f.Path == $"content/pages/{slug}.md");

    public void Dispose()
    {
        foreach (var path in new[] { folder, outside }.Where(Directory.Exists))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static void Shell(string command, string argument)
    {
        using var shell = System.Diagnostics.Process.Start("sh", ["-c", command, "sh", argument])!;
        shell.WaitForExit();
        Assert.Equal(0, shell.ExitCode);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
