using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

/// <summary>
/// The preview's incremental rebuild (a build with the cache of the previous one) gives exactly the files and
/// diagnostics of a full build, after every kind of edit.
/// </summary>
public class IncrementalBuildTests
{
    private const string EssayPath = "content/essays/first.md";

    public static TheoryData<string> Edits() => new(Changes.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Func<List<SourceFile>, List<SourceFile>>> Changes = new(StringComparer.Ordinal)
    {
        ["essay text"] = files => Replace(files, EssayPath, "Opening words.", "Opening words, revised."),
        ["citation added"] = files => Replace(files, EssayPath, "Opening words.", "Opening words [@johnson2008, p. 9]."),
        ["citation removed"] = files => Replace(files, EssayPath, "As @johnson2008 [p. 3] argues", "As one argues"),
        ["citation key misspelt"] = files => Replace(files, EssayPath, "[@levine2010, pp. 70–85]", "[@levin2010, pp. 70–85]"),
        ["title changed"] = files => Replace(files, EssayPath, "title: A first essay", "title: A renamed essay"),
        ["slug changed"] = files => Replace(files, EssayPath, "description: It is short.", "description: It is short.\nslug: renamed"),
        ["made a draft"] = files => Replace(files, EssayPath, "description: It is short.", "description: It is short.\ndraft: true"),
        ["essay added"] = files => [.. files, new SourceFile("content/essays/second.md", "---\ntitle: A second essay\n---\n\nIt cites [@johnson2008].\n")],
        ["essay deleted"] = files => files.Where(f => f.Path != EssayPath).ToList(),
        ["essay renamed"] = files => files.Select(f => f.Path == EssayPath ? new SourceFile("content/essays/renamed.md", f.Text) : f).ToList(),
        ["reference changed"] = files => Replace(files, "content/references.yaml", "annote: About attachment.", "annote: About attachment, revised."),
        ["template changed"] = files => Replace(files, "templates/layouts/essay.html", "</article>", "<p>Changed.</p></article>"),
        ["site.yaml changed"] = files => Replace(files, "site.yaml", "title: Test site", "title: Another title"),
        ["front matter broken"] = files => Replace(files, EssayPath, "title: A first essay", "title: [A first essay"),
        ["page changed"] = files => Replace(files, "content/pages/index.md", "Welcome;", "Welcome back;"),
        ["linked heading renamed"] = files => Replace(files, EssayPath, "## Part one", "## Part two"),
        ["citing passage edited"] = files => Replace(files, EssayPath, "repair is possible.", "repair is always possible."),
        ["paragraph inserted before the citing ones"] = files => Replace(files, EssayPath, "## Part one\n", "## Part one\n\nA new paragraph.\n"),
        ["paragraph added after the citing ones"] = files => Replace(files, EssayPath, "repair is possible.", "repair is possible.\n\nA closing paragraph."),
        ["essay made longer (its reading time changes)"] = files => Replace(files, EssayPath, "repair is possible.", "repair is possible.\n\n" + string.Join(' ', Enumerable.Repeat("Longer.", 700))),
        ["reference no longer cited anywhere"] = files => Replace(files, EssayPath, "Attachment matters [@levine2010, pp. 70–85].", "Attachment matters."),
        ["reading list made its own order"] = files => Replace(files, "content/pages/reading-list.md", "title: Reading list", "title: Reading list\nthemes:\n- id: repair\n  title: Repair"),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_incremental_rebuild_equals_a_full_build(string edit)
    {
        // The home page links to a heading of the essay, so an edit to the essay can break a page that did not change.
        var before = TestSite.Parse(Sites.Minimal.Replace("Welcome.", "Welcome; start with [part one](/essays/first/#part-one).", StringComparison.Ordinal));
        var files = All(before);
        var after = Sources(Changes[edit](files), before);
        var options = new BuildOptions(IncludeDrafts: true, Preview: true);
        var cache = new BuildCache();

        SiteBuild.Run(before, options, cache: cache);
        var incremental = SiteBuild.Run(after, options, cache: cache);
        var full = SiteBuild.Run(after, options);
        var again = SiteBuild.Run(before, options, cache: cache);

        Assert.Equal(full.Diagnostics, incremental.Diagnostics);
        Assert.Equal(full.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        Assert.All(full.Files.Zip(incremental.Files), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Path));
        Assert.Equal(SiteBuild.Run(before, options).Files.Select(f => f.Text), again.Files.Select(f => f.Text));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_reuses_every_essay_and_reference_page()
    {
        var sources = TestSite.Parse(Sites.Minimal);
        var options = new BuildOptions(Preview: true);
        var cache = new BuildCache();

        var first = SiteBuild.Run(sources, options, cache: cache);
        var second = SiteBuild.Run(sources, options, cache: cache);

        Assert.Same(first.Find("essays/first/index.html"), second.Find("essays/first/index.html"));
        Assert.Same(first.Find("references/levine2010/index.html"), second.Find("references/levine2010/index.html"));
    }

    [Fact]
    public void An_edit_that_changes_no_citing_passage_makes_no_reference_page_or_list_export_anew()
    {
        var before = TestSite.Parse(Sites.Minimal);
        var after = Sources(Changes["paragraph added after the citing ones"](All(before)), before);
        var options = new BuildOptions(Preview: true);
        var cache = new BuildCache();

        var first = SiteBuild.Run(before, options, cache: cache);
        var second = SiteBuild.Run(after, options, cache: cache);

        Assert.NotSame(first.Find("essays/first/index.html"), second.Find("essays/first/index.html"));
        Assert.Same(first.Find("references/levine2010/index.html"), second.Find("references/levine2010/index.html"));
        Assert.Same(first.Find("references/johnson2008/index.html"), second.Find("references/johnson2008/index.html"));
        Assert.NotNull(first.Find("references/references.bib"));
        Assert.Same(first.Find("references/references.bib"), second.Find("references/references.bib"));
        Assert.Equal(1, second.Stats.PagesMade);
    }

    [Fact]
    public void An_edit_checks_again_only_the_links_of_pages_it_changed_or_whose_targets_changed()
    {
        var before = TestSite.Parse(Sites.Minimal);
        var after = Sources(Changes["essay text"](All(before)), before);
        var options = new BuildOptions(Preview: true);
        var cache = new BuildCache();

        var first = SiteBuild.Run(before, options, cache: cache);
        var pages = first.Stats.Pages;
        Assert.Equal(pages, cache.LinkFindings.Checked);
        SiteBuild.Run(before, options, cache: cache);
        Assert.Equal(0, cache.LinkFindings.Checked);
        SiteBuild.Run(after, options, cache: cache);
        Assert.InRange(cache.LinkFindings.Checked, 1, pages - 1);
    }

    [Fact]
    public void A_page_whose_link_target_changed_its_ids_keeps_its_other_findings_in_order()
    {
        // The home page links into the essay between two broken links: renaming the heading breaks the middle
        // link, and naming it back mends it; only that link is checked again, and the findings stay in link order.
        var before = TestSite.Parse(Sites.Minimal.Replace("Welcome.", "Welcome; see [gone](/nowhere/), [part one](/essays/first/#part-one) and [lost](/lost/).", StringComparison.Ordinal));
        var after = Sources(Changes["linked heading renamed"](All(before)), before);
        var options = new BuildOptions(Preview: true);
        var cache = new BuildCache();

        foreach (var sources in new[] { before, after, before })
        {
            var incremental = SiteBuild.Run(sources, options, cache: cache);
            Assert.Equal(SiteBuild.Run(sources, options).Diagnostics, incremental.Diagnostics);
        }

        var broken = SiteBuild.Run(after, options, cache: cache).Diagnostics.Where(d => d.Code is DiagnosticCodes.BrokenLink or DiagnosticCodes.MissingAnchor).Select(d => d.Code).ToList();
        Assert.Equal([DiagnosticCodes.BrokenLink, DiagnosticCodes.MissingAnchor, DiagnosticCodes.BrokenLink], broken);
        Assert.InRange(cache.LinkFindings.Checked, 1, 4); // the essay and the pages that link into it
        SiteBuild.Run(after, options, cache: cache);
        Assert.Equal(0, cache.LinkFindings.Checked);
    }

    private static List<SourceFile> All(SiteSources sources) =>
        [new SourceFile("site.yaml", sources.ConfigText!), .. sources.Content, .. sources.Templates, .. sources.Seeds];

    private static SiteSources Sources(List<SourceFile> files, SiteSources like) =>
        new(
            files.Single(f => f.Path == "site.yaml").Text,
            files.Where(f => f.Path.StartsWith("content/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            files.Where(f => f.Path.StartsWith("templates/", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            like.Assets,
            files.Where(f => f.Path.StartsWith("seeds/", StringComparison.Ordinal)).ToList());

    private static List<SourceFile> Replace(List<SourceFile> files, string path, string from, string to)
    {
        Assert.Contains(files, f => f.Path == path && f.Text.Contains(from, StringComparison.Ordinal));
        return files.Select(f => f.Path == path ? new SourceFile(path, f.Text.Replace(from, to, StringComparison.Ordinal)) : f).ToList();
    }
}
