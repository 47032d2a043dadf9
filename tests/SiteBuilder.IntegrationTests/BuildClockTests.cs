using SiteBuilder.Cli;

namespace SiteBuilder.IntegrationTests;

public class BuildClockTests
{
    [Fact]
    public void Source_date_epoch_fixes_the_build_time()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), BuildClock.Now(TimeProvider.System, "1700000000"));
    }

    [Fact]
    public void Without_source_date_epoch_the_build_is_dated_today_so_same_day_builds_match()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 23, 45, 12, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), BuildClock.Now(clock, null));
    }

    [Fact]
    public void A_malformed_source_date_epoch_is_refused()
    {
        Assert.Throws<FormatException>(() => BuildClock.Now(TimeProvider.System, "yesterday"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
