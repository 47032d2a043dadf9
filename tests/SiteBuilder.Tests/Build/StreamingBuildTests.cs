using System.Collections.Concurrent;
using SiteBuilder.Build;
using SiteBuilder.Output;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

public class StreamingBuildTests
{
    [Fact]
    public void A_build_that_hands_its_files_out_as_it_makes_them_gives_the_files_a_build_in_memory_gives()
    {
        var sources = TestSite.Parse(Sites.Minimal);
        var kept = SiteBuild.Run(sources);
        var emitted = new Collector();

        var streamed = SiteBuild.Run(sources, emit: emitted);

        Assert.Empty(streamed.Files); // all went out as they were made
        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(kept.Files.Select(f => f.Path).Order(StringComparer.Ordinal), emitted.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var file in kept.Files)
        {
            Assert.True(file.Bytes.AsSpan().SequenceEqual(emitted.Files[file.Path]), file.Path);
        }

        Assert.True(emitted.FromBuffers > 0, "pages go out straight from the rewriter's buffer");
    }

    [Theory]
    [InlineData("<article><h1>{{ page.title }}</h1>{{ page.body }}</article>", false)]
    [InlineData("<article><h1>{{ page.title }}</h1></article>", true)]
    public void A_streamed_build_checks_an_essay_against_its_seed_as_a_build_in_memory_does(string layout, bool drops)
    {
        var sources = TestSite.Parse(string.Join(
            "\n",
            Sites.Config,
            Sites.References,
            Sites.Pages,
            "-- seeds/first.txt --\nA first essay\n\nOpening words stay here. A second sentence follows them.\n",
            "-- content/essays/first.md --\n---\ntitle: A first essay\nsource: seeds/first.txt\n---\n\nOpening words stay here. A second sentence follows them.\n",
            "-- templates/layouts/essay.html --\n" + layout));
        var emitted = new Collector();

        var kept = SiteBuild.Run(sources);
        var streamed = SiteBuild.Run(sources, emit: emitted);

        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(drops ? 2 : 0, streamed.Diagnostics.Count(d => d.Code == "SB0505"));
        Assert.Empty(streamed.Files); // the page the check reads went out too
        Assert.Contains(emitted.Files.Keys, path => path.StartsWith("essays/first/", StringComparison.Ordinal));
    }

    /// <summary>Keeps what it is handed, copying bytes that are valid only during the call.</summary>
    private sealed class Collector : IFileEmitter
    {
        public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public int FromBuffers;

        public void Write(OutputFile file) => Assert.True(Files.TryAdd(file.Path, file.Bytes), file.Path);

        public void Write(string path, ReadOnlySpan<byte> bytes)
        {
            Interlocked.Increment(ref FromBuffers);
            Assert.True(Files.TryAdd(path, bytes.ToArray()), path);
        }
    }
}
