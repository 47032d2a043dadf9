using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class HeadingOutlineTests
{
    [Fact]
    public void Counts_the_h1s_and_keeps_each_heading_that_skips_a_level()
    {
        var outline = HeadingOutline.Of([new(1, "T"), new(2, "A"), new(4, "B"), new(2, "C"), new(3, "D"), new(6, "E"), new(1, "U")]);

        Assert.Equal(2, outline.H1Count);
        Assert.Equal([(2, 4, "B"), (3, 6, "E")], outline.Skips.Select(s => (s.PreviousLevel, s.Heading.Level, s.Heading.Text)));
    }

    [Fact]
    public void A_page_with_one_h1_and_no_skip_shares_one_outline_and_keeps_no_heading()
    {
        Assert.Same(HeadingOutline.OneH1, HeadingOutline.Of([new(1, "T"), new(2, "A"), new(3, "B"), new(2, "C"), new(2, "D")]));
        Assert.Equal(0, HeadingOutline.Of([]).H1Count);
        Assert.Empty(HeadingOutline.Of([new(2, "A")]).Skips);
        Assert.Empty(HeadingOutline.Of([new(3, "A")]).Skips); // the first heading follows none
    }
}
