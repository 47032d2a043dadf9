using System.Text;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Tests.Output;

public class OutputFileTests
{
    private static readonly SourceLocation Origin = SourceLocation.File("content/essays/a.md");

    [Fact]
    public void A_held_page_gives_back_its_bytes_and_text()
    {
        var html = "<!doctype html>\n<p>Ünïcode — and a long line " + new string('x', 5000) + "</p>\n";
        var bytes = Encoding.UTF8.GetBytes(html);

        var held = OutputFile.Held("essays/a/index.html", bytes, Origin);

        Assert.Equal(bytes, held.Bytes);
        Assert.Equal(html, held.Text);
        Assert.True(held.IsHtml);
    }

    [Theory]
    [InlineData("plain ASCII\n", 3000)]
    [InlineData("Windows\r\nline endings\r\n", 3000)]
    [InlineData("a surrogate pair at a chunk's edge: ", 3000)]
    [InlineData("a lone surrogate \uD800 and its replacement ", 3000)]
    [InlineData("one chunk, encoded in the scratch buffer", 0)]
    [InlineData("past the scratch buffer's size, counted first", 80_000)]
    public void A_builders_text_is_encoded_as_its_string_would_be(string start, int entries)
    {
        var text = new StringBuilder(start);
        for (var i = 0; i < entries; i++)
        {
            text.Append("entry ").Append(i).Append(" ó 𝔄\n"); // grows the builder over many chunks
        }

        Assert.Equal(OutputFile.FromText("x.bib", text.ToString(), Origin).Bytes, OutputFile.FromText("x.bib", text, Origin).Bytes);
    }

    [Fact]
    public void Held_pages_compare_by_content_whether_held_or_not()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>same</p>\n");
        var other = Encoding.UTF8.GetBytes("<p>diff</p>\n");

        Assert.True(OutputFile.Held("a.html", bytes, Origin).SameBytes(OutputFile.Held("a.html", [.. bytes], Origin)));
        Assert.True(OutputFile.Held("a.html", bytes, Origin).SameBytes(new OutputFile("a.html", bytes, Origin)));
        Assert.False(OutputFile.Held("a.html", bytes, Origin).SameBytes(OutputFile.Held("a.html", other, Origin)));
        Assert.False(new OutputFile("a.html", bytes, Origin).SameBytes(new OutputFile("a.html", other, Origin)));
    }
}
