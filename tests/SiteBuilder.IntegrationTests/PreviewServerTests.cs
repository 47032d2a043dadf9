using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Preview;

namespace SiteBuilder.IntegrationTests;

/// <summary>The preview server at the HTTP level, on an ephemeral port, over a temporary copy of the site.</summary>
public class PreviewServerTests
{
    private const string EssayUrl = "essays/when-kindness-turns-to-heartbreak/";

    [Fact]
    public async Task Pages_and_assets_are_served_with_their_types_and_without_caching()
    {
        await using var preview = await PreviewHarness.StartAsync();

        var page = await preview.Http.GetAsync(EssayUrl);
        var css = await preview.Http.GetAsync("assets/site.css");
        var bib = await preview.Http.GetAsync("references/levine2010/levine2010.bib");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.True(page.Headers.CacheControl!.NoCache && page.Headers.CacheControl.NoStore);
        Assert.Contains("When Kindness Turns to Heartbreak", await page.Content.ReadAsStringAsync());
        Assert.Contains("__sitebuilder/live-reload.js", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.Equal("application/x-bibtex; charset=utf-8", bib.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("__sitebuilder/live-reload.js")).StatusCode);
        Assert.Equal(IPAddress.Loopback.ToString(), preview.Server.Address.Host);
    }

    [Fact]
    public async Task Missing_page_gets_the_sites_own_404_page_and_folders_get_their_slash()
    {
        await using var preview = await PreviewHarness.StartAsync();

        var missing = await preview.Http.GetAsync("no/such/page/");
        var folder = await preview.Http.GetAsync("about");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/about/", folder.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/%252e%252e%252f%252e%252e%252fetc%252fpasswd")]
    [InlineData("/assets/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    public async Task Paths_that_escape_the_site_are_refused(string rawPath)
    {
        await using var preview = await PreviewHarness.StartAsync();

        var (status, body) = await RawGetAsync(preview.Server.Address, rawPath);

        Assert.True(status is 400 or 404, $"{rawPath} answered {status}");
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task An_edit_sends_a_reload_event_and_the_new_text_is_served()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await preview.ListenAsync();

        preview.Edit(preview.EssayFile, "## The Tipping Point", "## The Tipping Point, Revisited");

        Assert.Equal("reload", await preview.NextEventAsync());
        Assert.Contains("The Tipping Point, Revisited", await preview.Http.GetStringAsync(EssayUrl));
    }

    [Fact]
    public async Task Verbose_prints_each_rebuilds_phases_after_its_line()
    {
        await using var preview = await PreviewHarness.StartAsync(o => o with { Verbose = true });
        await preview.ListenAsync();

        preview.Edit(preview.EssayFile, "## The Tipping Point", "## The Tipping Point, Revisited");
        Assert.Equal("reload", await preview.NextEventAsync());

        var lines = preview.Log.Split('\n');
        var timings = lines.Where(l => l.StartsWith("  timings (ms): reading sources ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, timings.Count); // the first build and the edit's
        Assert.All(timings, line => Assert.Matches(@"load \d+, render \d+, template and post-process \d+, data files \d+, checks \d+", line));
        Assert.StartsWith("rebuilt in ", lines[Array.IndexOf(lines, timings[1]) - 1]);
    }

    [Fact]
    public async Task A_warning_is_printed_once_and_later_rebuilds_count_it_instead()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await preview.ListenAsync();
        const string Warning = "warning SB0507";

        preview.Edit(preview.EssayFile, "## The Tipping Point", "## The Tipping Point\n\nSee [an old page](http://example.org/old).");
        Assert.Equal("reload", await preview.NextEventAsync());
        Assert.Single(Lines(preview.Log, Warning));

        preview.Edit(preview.EssayFile, "## The Tipping Point", "## The Tipping Point, Revisited");
        Assert.Equal("reload", await preview.NextEventAsync());
        Assert.Single(Lines(preview.Log, Warning)); // not printed again
        Assert.EndsWith("(1 warning shown before, not repeated)", Lines(preview.Log, "rebuilt in ")[^1]);

        preview.Edit(preview.EssayFile, "(http://example.org/old)", "(http://example.org/older)");
        Assert.Equal("reload", await preview.NextEventAsync());
        Assert.Equal(2, Lines(preview.Log, Warning).Count); // a new one is
        Assert.DoesNotContain("not repeated", Lines(preview.Log, "rebuilt in ")[^1]);
    }

    private static List<string> Lines(string log, string containing) =>
        log.Split('\n').Where(l => l.Contains(containing, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_broken_edit_shows_the_overlay_on_every_page_and_fixing_it_clears_it()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await preview.ListenAsync();

        preview.Edit(preview.EssayFile, "[@johnson2008, pp. 100–120]", "[@jonson2008, pp. 100–120]");
        Assert.Equal("reload", await preview.NextEventAsync());

        foreach (var url in new[] { EssayUrl, "", "references/levine2010/" })
        {
            var page = await preview.Http.GetStringAsync(url);
            Assert.Contains("id=\"sitebuilder-errors\"", page);
            Assert.Matches(@"content/essays/when-kindness-turns-to-heartbreak\.md:\d+:\d+: error SB0301: unknown citation key &#39;jonson2008&#39;", page);
            Assert.Contains("When Kindness Turns to Heartbreak", page); // the last good page stays underneath
        }

        preview.Edit(preview.EssayFile, "[@jonson2008, pp. 100–120]", "[@johnson2008, pp. 100–120]");
        Assert.Equal("reload", await preview.NextEventAsync());
        Assert.DoesNotContain("sitebuilder-errors", await preview.Http.GetStringAsync(EssayUrl));
    }

    [Theory]
    [InlineData("dangling link", "content/pages/ghost.md: error SB0105")]
    [InlineData("unclosed bracket", "site.yaml:")]
    [InlineData("invalid UTF-8", "content/pages/about.md:")]
    [InlineData("nesting bomb", "content/pages/about.md:")]
    public async Task Every_kind_of_failed_rebuild_shows_in_the_overlay_and_the_console_and_watching_goes_on(string damage, string expected)
    {
        await using var preview = await PreviewHarness.StartAsync();
        await preview.ListenAsync();
        var about = preview.Site.Combine("content", "pages", "about.md");
        var original = File.ReadAllBytes(about);
        var config = File.ReadAllText(preview.Site.Combine("site.yaml"));
        Action undo = damage switch
        {
            "dangling link" => Damage(() => File.CreateSymbolicLink(preview.Site.Combine("content", "pages", "ghost.md"), "nowhere.md"), () => File.Delete(preview.Site.Combine("content", "pages", "ghost.md"))),
            "unclosed bracket" => Damage(() => File.WriteAllText(preview.Site.Combine("site.yaml"), config.Replace("title: Unbalanced Love", "title: [Unbalanced Love", StringComparison.Ordinal)), () => File.WriteAllText(preview.Site.Combine("site.yaml"), config)),
            "invalid UTF-8" => Damage(() => File.WriteAllBytes(about, [.. original, 0xFF, 0x0A]), () => File.WriteAllBytes(about, original)),
            _ => Damage(() => File.AppendAllText(about, "\n" + string.Join('\n', Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- x")) + "\n"), () => File.WriteAllBytes(about, original)),
        };

        Assert.Equal(SiteChange.Failed, await preview.NextRebuildAsync());
        var page = await preview.Http.GetStringAsync(EssayUrl);
        Assert.Contains("id=\"sitebuilder-errors\"", page);
        Assert.Contains(WebUtility.HtmlEncode(expected), page);
        Assert.Contains(expected, preview.Log);
        Assert.Contains("build failed", preview.Log);

        undo();
        Assert.Equal(SiteChange.Pages, await preview.NextRebuildAsync());
        Assert.DoesNotContain("sitebuilder-errors", await preview.Http.GetStringAsync(EssayUrl));
    }

    private static Action Damage(Action apply, Action undo)
    {
        apply();
        return undo;
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_styles_without_a_reload()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await preview.ListenAsync();

        File.AppendAllText(preview.Site.Combine("templates", "assets", "site.css"), "\n.probe { color: red; }\n");

        Assert.Equal("css", await preview.NextEventAsync());
        Assert.Contains(".probe", await preview.Http.GetStringAsync("assets/site.css"));
    }

    [Fact]
    public async Task A_burst_of_writes_leads_to_one_rebuild()
    {
        // A quiet time well above the gaps between the writes even on a busy machine: the test is about merging,
        // not about how short the default is.
        await using var preview = await PreviewHarness.StartAsync(o => o with { QuietMilliseconds = 1000 });

        for (var i = 0; i < 5; i++)
        {
            File.AppendAllText(preview.Site.Combine("content", "pages", "about.md"), $"\nBurst {i}.\n");
        }

        Assert.Equal(SiteChange.Pages, await preview.NextRebuildAsync());
        Assert.Equal(0, await preview.CountRebuildsWithinAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Contains("Burst 4.", await preview.Http.GetStringAsync("about/"));
    }

    [Fact]
    public async Task A_save_made_while_the_first_build_runs_is_served_after_it()
    {
        // The first build reads the sources, then asks the clock for the day; the save lands in between.
        string? root = null;
        var clock = new ClockThatActsOnce(() => File.AppendAllText(Path.Combine(root!, "content", "pages", "about.md"), "\nSaved during the first build.\n"));
        await using var preview = await PreviewHarness.StartAsync(o =>
        {
            root = o.SourceFolder;
            return o with { Clock = clock };
        });

        Assert.True(clock.Acted);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await preview.Http.GetStringAsync("about/")).Contains("Saved during the first build.", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the save was never built; the server wrote:\n{preview.Log}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_page_asked_for_during_the_first_build_says_so_and_the_site_follows()
    {
        using var first = new HeldFirstBuild();
        var port = FreePort();
        var starting = PreviewServer.StartAsync(new PreviewOptions(first.Site.Path, Port: port) { Clock = first.Clock }, TextWriter.Null);
        first.WaitUntilHeld();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var waiting = await http.GetAsync(EssayUrl);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        var page = await waiting.Content.ReadAsStringAsync();
        Assert.Contains("Building the site", page);
        Assert.Contains("<meta name=\"sitebuilder-version\" content=\"0\">", page);
        Assert.Contains("live-reload.js", page);

        first.Release();
        await using var server = await starting;
        Assert.Contains("When Kindness Turns to Heartbreak", await http.GetStringAsync(EssayUrl));
    }

    [Fact]
    public async Task An_interrupt_during_the_first_build_stops_the_server_without_waiting_for_the_build()
    {
        using var first = new HeldFirstBuild();
        using var interrupt = new CancellationTokenSource();
        var starting = PreviewServer.StartAsync(new PreviewOptions(first.Site.Path, Port: 0) { Clock = first.Clock }, TextWriter.Null, interrupt.Token);
        first.WaitUntilHeld();

        await interrupt.CancelAsync();
        var server = await starting.WaitAsync(TimeSpan.FromSeconds(30)); // the build still waits on the clock
        Assert.True(server.Stopping);
        first.Release();
        await server.DisposeAsync();
    }

    /// <summary>A copy of the site whose first build waits, once it has read the sources, until it is released.</summary>
    private sealed class HeldFirstBuild : IDisposable
    {
        private readonly ManualResetEventSlim held = new();
        private readonly ManualResetEventSlim release = new();

        public HeldFirstBuild() => Clock = new ClockThatActsOnce(() =>
        {
            held.Set();
            release.Wait(TimeSpan.FromSeconds(60));
        });

        public TempSiteFolder Site { get; } = new();

        public TimeProvider Clock { get; }

        public void WaitUntilHeld() => Assert.True(held.Wait(TimeSpan.FromSeconds(60)), "the first build never started");

        public void Release() => release.Set();

        public void Dispose()
        {
            release.Set();
            Site.Dispose();
            held.Dispose();
            release.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Drafts_are_served_in_preview()
    {
        await using var preview = await PreviewHarness.StartAsync();

        File.WriteAllText(preview.Site.Combine("content", "pages", "later.md"), "---\ntitle: Later\ndraft: true\n---\n\nA draft.\n");
        await preview.NextRebuildAsync();

        Assert.Contains("A draft.", await preview.Http.GetStringAsync("later/"));
    }

    /// <summary>The system clock, which runs an action the first time it is read.</summary>
    private sealed class ClockThatActsOnce(Action action) : TimeProvider
    {
        private int acted;

        public bool Acted => Volatile.Read(ref acted) == 1;

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Exchange(ref acted, 1) == 0)
            {
                action();
            }

            return base.GetUtcNow();
        }
    }

    /// <summary>Sends the path exactly as written, which HttpClient would normalise.</summary>
    private static async Task<(int Status, string Body)> RawGetAsync(Uri address, string rawPath)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
