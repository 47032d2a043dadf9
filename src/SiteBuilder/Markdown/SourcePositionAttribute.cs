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

    public static (int Line, int Column)? Parse(string? value)
    {
        var parts = value?.Split(':');
        return parts is [var line, var column]
            && int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            && int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var c)
            ? (l, c)
            : null;
    }
}
