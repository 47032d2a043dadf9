using System.Text;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Content;

public class Utf8TextDecoderTests
{
    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var text = Utf8TextDecoder.Decode("content/x.md", bytes, diagnostics);
        return (text, diagnostics.ToSortedList());
    }

    [Fact]
    public void Valid_text_loses_its_bom_and_carriage_returns()
    {
        var (text, diagnostics) = Decode([0xEF, 0xBB, 0xBF, .. "a\r\nb—c\n"u8]);

        Assert.Equal("a\nb—c\n", text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column_counted_in_characters()
    {
        var (text, diagnostics) = Decode([.. "line one\nkind—ness "u8, 0xFF, .. " rest\n"u8]);

        Assert.Null(text);
        Assert.Equal("content/x.md:2:11: error SB0106: byte 0xFF is not valid UTF-8 here; save the file as UTF-8 (or retype the character)", Assert.Single(diagnostics).ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })] // a truncated two-byte sequence
    [InlineData(new byte[] { 0xE2, 0x80 })] // a truncated three-byte sequence
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong encoding
    [InlineData(new byte[] { 0x80 })] // a lone continuation byte
    public void Every_kind_of_malformed_sequence_is_reported(byte[] bad)
    {
        var (text, diagnostics) = Decode([.. "ok "u8, .. bad, .. " end"u8]);

        Assert.Null(text);
        Assert.StartsWith("content/x.md:1:4: error SB0106:", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Utf16_files_are_named_as_such()
    {
        var (_, diagnostics) = Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("title: x")).ToArray());

        Assert.Contains("UTF-16", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_nul_byte_is_an_error_at_its_position()
    {
        var (_, diagnostics) = Decode([.. "ab\ncd"u8, 0, .. "e"u8]);

        Assert.Equal("content/x.md:2:3: error SB0106: the file contains a NUL byte; is it a binary file?", Assert.Single(diagnostics).ToString());
    }
}
