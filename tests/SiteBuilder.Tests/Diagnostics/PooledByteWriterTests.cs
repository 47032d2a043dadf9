using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Diagnostics;

public class PooledByteWriterTests
{
    [Fact]
    public void Writes_past_its_first_buffer_keep_every_byte_in_order()
    {
        using var writer = new PooledByteWriter(16);
        var expected = new List<byte>();
        for (var i = 0; i < 5000; i++)
        {
            var piece = writer.GetSpan(i % 7);
            var count = Math.Max(i % 7, 1);
            for (var j = 0; j < count; j++)
            {
                piece[j] = (byte)(i + j);
                expected.Add((byte)(i + j));
            }

            writer.Advance(count);
        }

        Assert.Equal(expected, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_is_refused()
    {
        using var writer = new PooledByteWriter(16);
        var room = writer.GetSpan(4).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(room + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }

    [Fact]
    public void Json_written_through_it_reads_as_written()
    {
        using var writer = new PooledByteWriter(16);
        using (var json = new System.Text.Json.Utf8JsonWriter(writer))
        {
            json.WriteStartObject();
            json.WriteString("title", new string('é', 3000));
            json.WriteEndObject();
        }

        Assert.Equal(new string('é', 3000), System.Text.Json.JsonDocument.Parse(writer.WrittenSpan.ToArray()).RootElement.GetProperty("title").GetString());
    }
}
