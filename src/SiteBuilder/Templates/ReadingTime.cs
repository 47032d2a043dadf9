namespace SiteBuilder.Templates;

/// <summary>Estimated reading time at an unhurried 230 words a minute, never less than a minute.</summary>
internal static class ReadingTime
{
    private const int WordsPerMinute = 230;

    public static int Minutes(int words) => Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
}
