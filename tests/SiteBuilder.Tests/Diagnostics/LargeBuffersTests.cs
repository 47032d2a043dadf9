using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Diagnostics;

public class LargeBuffersTests
{
    [Fact]
    public void A_block_holds_what_was_asked_and_is_used_again_once_given_back()
    {
        var buffers = new LargeBuffers<char>();

        var first = buffers.Rent(300_000);
        Assert.True(first.Length >= 300_000);
        "page".AsSpan().CopyTo(first.GetSpan());
        Assert.Equal("page", first.Memory[..4].ToString());
        buffers.Return(first);

        Assert.Same(first, buffers.Rent(290_000)); // large enough: the same block
        var larger = buffers.Rent(first.Length + 1); // not large enough and taken: a new one
        Assert.NotSame(first, larger);
        Assert.True(larger.Length > first.Length);
    }

    [Fact]
    public void Blocks_taken_at_once_are_distinct_and_the_largest_are_kept()
    {
        var buffers = new LargeBuffers<byte>();
        var taken = Enumerable.Range(1, 6).Select(i => buffers.Rent(i * 300_000)).ToList();
        Assert.Equal(taken.Count, taken.Distinct().Count());

        foreach (var block in taken)
        {
            buffers.Return(block);
        }

        // four are kept, the largest: the two smallest are let go, so a small request takes the smallest kept
        Assert.Same(taken[2], buffers.Rent(1));
        Assert.Contains(buffers.Rent(1_500_000), taken.Skip(3));
    }

    [Fact]
    public void An_outsized_block_is_its_length_rounded_and_not_kept()
    {
        var buffers = new LargeBuffers<byte>();
        var outsized = buffers.Rent(20_000_001);
        Assert.Equal(24 * 1024 * 1024, outsized.Length); // a multiple of 8M, not the next power of two
        buffers.Return(outsized);

        Assert.NotSame(outsized, buffers.Rent(20_000_001));
    }
}
