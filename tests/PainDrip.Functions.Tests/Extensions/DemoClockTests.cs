using PainDrip.Functions.Extensions;

namespace PainDrip.Functions.Tests.Extensions;

public sealed class DemoClockTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => RealNow;
    }

    [Fact]
    public void GetUtcNow_NotAdvanced_ReadsTheSystemClock()
    {
        Assert.Equal(RealNow, new DemoClock(new StoppedClock()).GetUtcNow());
    }

    [Fact]
    public void Advance_Twice_AddsUpAndReturnsTheNewTime()
    {
        var clock = new DemoClock(new StoppedClock());

        clock.Advance(TimeSpan.FromDays(2));
        var now = clock.Advance(TimeSpan.FromHours(3));

        Assert.Equal(RealNow.AddDays(2).AddHours(3), now);
        Assert.Equal(now, clock.GetUtcNow());
        Assert.Equal(new TimeSpan(2, 3, 0, 0), clock.Offset);
    }

    [Fact]
    public void Advance_Backwards_Throws()
    {
        var clock = new DemoClock(new StoppedClock());

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromMinutes(-1)));
        Assert.Equal(TimeSpan.Zero, clock.Offset);
    }
}
