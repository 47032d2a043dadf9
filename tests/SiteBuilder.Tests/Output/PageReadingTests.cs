using System.Text;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class PageReadingTests
{
    private const string Page = "<html><body><nav>Home</nav><main><h1>A title</h1><p>One sentence , here .</p><p>Café &amp; tea.</p></main><footer>Foot</footer></body></html>";

    [Fact]
    public void Reads_a_page_in_one_block_or_in_many_alike()
    {
        var oneBlock = new StringBuilder(Page.Length).Append(Page);
        var manyBlocks = new StringBuilder(8);
        foreach (var piece in Page.Chunk(5))
        {
            manyBlocks.Append(piece); // a builder that grew block by block
        }

        Assert.True(CountBlocks(manyBlocks) > 1);
        Assert.Equal("A title One sentence, here. Café & tea.", PageReading.Of(oneBlock).NormalizedText.ToString());
        Assert.Equal(PageReading.Of(oneBlock).NormalizedText.ToString(), PageReading.Of(manyBlocks).NormalizedText.ToString());
        Assert.Null(PageReading.Of(oneBlock).Html);
    }

    [Fact]
    public void Keeps_the_html_of_a_page_the_one_pass_reading_leaves_to_a_parser()
    {
        const string repaired = "<main><p>an unclosed paragraph<p>and another</main>";

        var reading = PageReading.Of(new StringBuilder(repaired));

        Assert.Equal(repaired, reading.Html);
        Assert.True(reading.NormalizedText.IsEmpty);
    }

    private static int CountBlocks(StringBuilder text)
    {
        var count = 0;
        foreach (var _ in text.GetChunks())
        {
            count++;
        }

        return count;
    }
}
