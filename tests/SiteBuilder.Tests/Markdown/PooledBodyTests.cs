using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;

namespace SiteBuilder.Tests.Markdown;

public class PooledBodyTests
{
    [Fact]
    public void A_body_given_back_cannot_be_read_and_its_buffer_serves_the_next_essay()
    {
        var pool = new TextBuffers();
        var buffer = pool.Rent(16).Append("<p>first essay</p>");
        var body = new PooledBody(buffer, pool);

        Assert.Equal("<p>first essay</p>", body.Text.ToString());
        body.Release();
        body.Release(); // a second release gives nothing back twice

        Assert.Throws<InvalidOperationException>(() => body.Text);
        Assert.Same(buffer, pool.Rent(16));
        Assert.NotSame(buffer, pool.Rent(16));
    }
}
