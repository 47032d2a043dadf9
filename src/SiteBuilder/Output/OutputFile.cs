using System.Text;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>A file of the built site: its path under the output folder, its bytes, and the source it was made from.</summary>
public sealed record OutputFile(string Path, byte[] Bytes, SourceLocation Origin)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile FromText(string path, string text, SourceLocation origin) =>
        new(path, Utf8.GetBytes(text.ReplaceLineEndings("\n")), origin);

    public string Text => Utf8.GetString(Bytes);

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
