using System.Text.RegularExpressions;

namespace SiteBuilder.Import;

/// <summary>Splits running text into sentences at '.', '!' or '?' followed by white space.</summary>
public static partial class SentenceSplitter
{
    public static IEnumerable<string> Split(string text) =>
        Boundary().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?][”’""']?)\s+(?=[“‘""'(]?\p{Lu})")]
    private static partial Regex Boundary();
}
