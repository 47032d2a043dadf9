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

    [Theory]
    [InlineData("—", 1, 1)] // three bytes a char: the buffer sized for mostly ASCII grows
    [InlineData("—", 40_000, 1)]
    [InlineData("—", 40_000, 7)] // in chunks, growing in the middle of one
    [InlineData("𝔄", 30_000, 5)] // surrogate pairs, some across chunks and across the buffer's growth
    [InlineData("a—𝔄\uD800", 25_000, 3)] // with lone surrogates, replaced
    [InlineData("plain", 50_000, 1)]
    [InlineData("plain", 120_000, 40)] // outsized: counted first, encoded outside the collected heap
    [InlineData("a—𝔄\uD800", 150_000, 9)]
    [InlineData("𝔄", 300_000, 7)] // chunks of an odd length: pairs straddle them, counted as they are encoded
    [InlineData("—", 60_000, 1)] // could outgrow the largest array, but does not: an array of the counted size
    public void A_page_is_encoded_as_its_string_would_be_whatever_its_characters_and_chunks(string unit, int repeats, int pieces)
    {
        var whole = string.Concat(Enumerable.Repeat(unit, repeats));
        var text = new StringBuilder(16);
        var size = (whole.Length / pieces) + 1;
        for (var at = 0; at < whole.Length; at += size)
        {
            text.Append(whole.AsSpan(at, Math.Min(size, whole.Length - at))); // unequal chunks, edges anywhere
        }

        var buffers = new EncodingBuffers();
        var emitted = new Dictionary<string, byte[]>();
        OutputFile.EncodeTo(text, "a/index.html", new RecordingEmitter(emitted), buffers);
        OutputFile.EncodeTo(text, "b/index.html", new RecordingEmitter(emitted), buffers); // a buffer used again

        var expected = new UTF8Encoding(false).GetBytes(whole);
        Assert.Equal(expected, emitted["a/index.html"]);
        Assert.Equal(expected, emitted["b/index.html"]);
        Assert.Equal(expected, OutputFile.Utf8Of(text, buffers));
        Assert.Equal(expected, OutputFile.Utf8Of(text));
    }

    private sealed class RecordingEmitter(Dictionary<string, byte[]> files) : IFileEmitter
    {
        public void Write(OutputFile file) => files[file.Path] = file.Bytes;

        public void Write(string path, ReadOnlySpan<byte> bytes) => files[path] = bytes.ToArray();
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
