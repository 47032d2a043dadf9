using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Reads a CSL-JSON file (an array of items, as Zotero, Pandoc and Better BibTeX export) into <see cref="BibNode"/>s,
/// with the line and column of every value; a syntax error is one diagnostic at its place.
/// </summary>
internal sealed class JsonBibNodes
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    private readonly string path;
    private readonly byte[] bytes;
    private readonly List<int> lineStarts = [0];

    private JsonBibNodes(string path, string text)
    {
        this.path = path;
        bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public static BibNode? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var nodes = new JsonBibNodes(path, text);
        var reader = new Utf8JsonReader(nodes.bytes, Options);
        try
        {
            if (!reader.Read())
            {
                return new BibList([], SourceLocation.File(path));
            }

            return nodes.Value(ref reader);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            diagnostics.Error(DiagnosticCodes.BibliographySyntax, new SourceLocation(path, line, column), $"invalid JSON: {Describe(e.Message)}");
            return null;
        }
    }

    private BibNode Value(ref Utf8JsonReader reader)
    {
        var at = Location(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = new List<BibNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Value(ref reader));
                }

                return new BibList(items, at);
            case JsonTokenType.StartObject:
                var entries = new List<BibEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString() ?? "";
                    var keyAt = Location(reader.TokenStartIndex);
                    reader.Read();
                    entries.Add(new BibEntry(key, keyAt, Value(ref reader)));
                }

                return new BibMap(entries, at);
            case JsonTokenType.String:
                return new BibScalar(reader.GetString() ?? "", true, at);
            case JsonTokenType.Number:
                return new BibScalar(Encoding.UTF8.GetString(reader.ValueSpan), false, at);
            case JsonTokenType.True or JsonTokenType.False:
                return new BibScalar(reader.GetBoolean() ? "true" : "false", false, at);
            default:
                return new BibScalar("", false, at); // null
        }
    }

    /// <summary>The 1-based line and column (in characters, not bytes) of a byte offset.</summary>
    private SourceLocation Location(long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
        return new SourceLocation(path, line + 1, column);
    }

    /// <summary>System.Text.Json's message without its own "Path: … | LineNumber: …" tail, which the location already says.</summary>
    private static string Describe(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var line and > 0 ? line : message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.TrimEnd().TrimEnd('.').ToString(CultureInfo.InvariantCulture);
    }
}
