using System.Globalization;

namespace SiteBuilder.Markdown;

/// <summary>
/// The attribute that carries a Markdown link's line and column into the built page, so checks can report a
/// broken link where it was written. The post-processor removes it before the page is written.
/// </summary>
public static class SourcePositionAttribute
{
    public const string Name = "data-sb-src";

    public static string Format(int line, int column) => string.Create(CultureInfo.InvariantCulture, $"{line}:{column}");

    public static (int Line, int Column)? Parse(string? value) => Parse(value.AsSpan());

    /// <summary>"12:5" as (12, 5), or null for anything else; read in place (the rewriter reads one for every link and heading).</summary>
    public static (int Line, int Column)? Parse(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(':');
        return colon >= 0
            && int.TryParse(value[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? (line, column)
            : null;
    }
}
