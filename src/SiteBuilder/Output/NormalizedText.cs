namespace SiteBuilder.Output;

/// <summary>
/// Text normalized as it is appended, as the fidelity check normalizes a whole text (FidelityCheck.Normalize): each run of
/// white space one space, none before closing punctuation, none at either end. A page's reader text is written
/// straight into it, so an essay that lists a whole library (a page of 70 MB) is not copied three more times, once
/// per regular expression and once for the trim.
/// </summary>
internal sealed class NormalizedText(int capacity)
{
    private char[] chars = new char[Math.Max(capacity, 16)];
    private int length;
    private bool spacePending; // white space seen since the last character written, and something written before it

    /// <summary>The text so far, without the white space at its end.</summary>
    public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Append(c);
        }
    }

    public void Append(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            spacePending = length > 0;
            return;
        }

        if (spacePending && !ClosesUp(c))
        {
            Add(' ');
        }

        spacePending = false;
        Add(c);
    }

    public override string ToString() => new(Span);

    /// <summary>Punctuation that a removed citation's space is not left before (as FidelityCheck.Normalize does).</summary>
    internal static bool ClosesUp(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')';

    private void Add(char c)
    {
        if (length == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
        }

        chars[length++] = c;
    }
}
