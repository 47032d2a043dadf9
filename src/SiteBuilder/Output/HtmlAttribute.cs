namespace SiteBuilder.Output;

/// <summary>
/// One attribute of a start tag as written: its name (lower case) and its raw, still entity-encoded value. An
/// attribute read from a page's text keeps its value as a slice of that text, made a string only when asked
/// for: a page has hundreds of attributes, and the rewriter reads few of their values.
/// </summary>
public readonly struct HtmlAttribute : IEquatable<HtmlAttribute>
{
    private readonly string? text;
    private readonly ReadOnlyMemory<char> slice;
    private readonly bool sliced;

    public HtmlAttribute(string name, string? rawValue)
    {
        Name = name;
        text = rawValue;
    }

    /// <summary>An attribute whose value is a slice of the text it was read from.</summary>
    internal HtmlAttribute(string name, ReadOnlyMemory<char> rawValue)
    {
        Name = name;
        slice = rawValue;
        sliced = true;
    }

    public string Name { get; }

    /// <summary>The value as written (null for a bare attribute); a slice is made a string on each call.</summary>
    public string? RawValue => sliced ? slice.ToString() : text;

    /// <summary>The value as written, without making a string (empty for a bare attribute).</summary>
    public ReadOnlySpan<char> RawSpan => sliced ? slice.Span : text.AsSpan();

    /// <summary>Whether the attribute has a value (<c>a="…"</c>, not a bare <c>a</c>).</summary>
    public bool HasValue => sliced || text is not null;

    /// <summary>The value with character references decoded, as a browser would read it.</summary>
    public string? Value => !HasValue ? null : RawSpan.Contains('&') ? System.Net.WebUtility.HtmlDecode(RawValue) : RawValue;

    /// <summary>As <see cref="Value"/>, but a slice of the text it was read from when no reference needs decoding.</summary>
    /// <summary>The value as written, as the slice of the text it was read from (empty for one not read from a text).</summary>
    internal ReadOnlyMemory<char> RawMemory => slice;

    internal ReadOnlyMemory<char> ValueMemory => sliced ? ValueOf(slice) : (Value ?? "").AsMemory();

    /// <summary>A value as written in a text (<paramref name="raw"/>), decoded: the slice itself when it has no character reference.</summary>
    internal static ReadOnlyMemory<char> ValueOf(ReadOnlyMemory<char> raw) =>
        raw.Span.Contains('&') ? (System.Net.WebUtility.HtmlDecode(raw.ToString()) ?? "").AsMemory() : raw;

    public bool Equals(HtmlAttribute other) =>
        Name == other.Name && HasValue == other.HasValue && RawSpan.SequenceEqual(other.RawSpan);

    public override bool Equals(object? obj) => obj is HtmlAttribute other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Name, string.GetHashCode(RawSpan, StringComparison.Ordinal));

    public static bool operator ==(HtmlAttribute left, HtmlAttribute right) => left.Equals(right);

    public static bool operator !=(HtmlAttribute left, HtmlAttribute right) => !left.Equals(right);

    public override string ToString() => HasValue ? $"{Name}=\"{RawValue}\"" : Name;
}
