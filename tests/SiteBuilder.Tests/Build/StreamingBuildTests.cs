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
