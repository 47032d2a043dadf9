namespace SiteBuilder.Citations;

/// <summary>A piece of formatted text: its styles (italic, bold, superscript, subscript, small capitals), or a link.</summary>
public sealed record TextRun(string Text, bool Italic = false, string? Href = null)
{
    public bool Bold { get; init; }

    public bool Superscript { get; init; }

    public bool Subscript { get; init; }

    public bool SmallCaps { get; init; }

    /// <summary>Text whose case a style must never change (CSL's <c>&lt;span class="nocase"&gt;</c>).</summary>
    public bool NoCase { get; init; }

    /// <summary>Whether two runs look the same apart from their text, so they may be merged.</summary>
    public bool SameStyle(TextRun other) => this with { Text = "" } == other with { Text = "" };
}
