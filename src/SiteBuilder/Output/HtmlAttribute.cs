namespace SiteBuilder.Output;

/// <summary>One attribute of a start tag as written: its name (lower case) and its raw, still entity-encoded value.</summary>
public readonly record struct HtmlAttribute(string Name, string? RawValue)
{
    /// <summary>The value with character references decoded, as a browser would read it.</summary>
    public string? Value => RawValue is null ? null : RawValue.Contains('&') ? System.Net.WebUtility.HtmlDecode(RawValue) : RawValue;
}
