namespace SiteBuilder.Preview;

/// <summary>
/// Links from the error overlay to the file and line at fault, in the editor the author names (never a committed
/// setting: <c>serve --editor vscode</c> or <c>SITEBUILDER_EDITOR=vscode</c>). Known editors: vscode, cursor,
/// vscodium, idea, subl, zed, mvim; anything else with {path}, {line} and {column} in it is taken as the link.
/// </summary>
public sealed record EditorLinks(string Template, string SiteRoot)
{
    public static EditorLinks? For(string? editor, string siteRoot)
    {
        var template = editor?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "vscode" or "code" => "vscode://file/{path}:{line}:{column}",
            "cursor" => "cursor://file/{path}:{line}:{column}",
            "vscodium" => "vscodium://file/{path}:{line}:{column}",
            "idea" or "rider" or "webstorm" => "idea://open?file={path}&line={line}&column={column}",
            "subl" or "sublime" => "subl://open?url=file://{path}&line={line}&column={column}",
            "zed" => "zed://file/{path}:{line}:{column}",
            "mvim" or "macvim" => "mvim://open?url=file://{path}&line={line}",
            _ when editor!.Contains("{path}", StringComparison.Ordinal) => editor.Trim(),
            _ => null,
        };
        return template is null ? null : new EditorLinks(template, Path.GetFullPath(siteRoot));
    }

    /// <summary>The link that opens a file of the site (a path relative to its root) at a line and column.</summary>
    public string Link(string path, int line, int column)
    {
        var full = Uri.EscapeDataString(Path.Combine(SiteRoot, path)).Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal);
        if (Template.Contains("://file/{path}", StringComparison.Ordinal))
        {
            full = full.TrimStart('/'); // vscode://file/home/me/site/…, not file//home
        }

        return Template
        .Replace("{path}", full, StringComparison.Ordinal)
        .Replace("{line}", Math.Max(line, 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{column}", Math.Max(column, 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
