using System.Globalization;

namespace SiteBuilder.Cli;

/// <summary>
/// The date a build gives what its content leaves undated (the feed, the sitemap). SOURCE_DATE_EPOCH fixes it,
/// for reproducible builds; otherwise it is today (UTC), so builds on the same day are byte-identical.
/// </summary>
internal static class BuildClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset Now(TimeProvider clock, string? sourceDateEpoch)
    {
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (!long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                throw new FormatException($"{Variable} must be a number of seconds since 1970-01-01, not '{sourceDateEpoch}'");
            }

            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Date, TimeSpan.Zero);
    }

    public static DateTimeOffset Now() => Now(TimeProvider.System, Environment.GetEnvironmentVariable(Variable));
}
