namespace PainDrip.Functions.Extensions;

/// <summary>
/// The system clock plus an offset that a local demo moves forward (<c>POST /api/dev/advance</c>), so a person can
/// watch six weeks of lessons in minutes. Registered instead of the plain system clock in Development only.
/// </summary>
/// <remarks>
/// Only "now" moves: timestamps and timers keep real time, so the local scheduler still ticks at its usual pace and
/// simply finds more lessons due. The offset only grows; restart the app to go back to real time.
/// </remarks>
public sealed class DemoClock(TimeProvider system) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far ahead of the system clock this clock runs.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

    /// <summary>Moves the clock forward by <paramref name="by"/> and returns the new time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
