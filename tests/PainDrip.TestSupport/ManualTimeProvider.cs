namespace PainDrip.TestSupport;

/// <summary>
/// A clock that moves only when a test moves it: set <see cref="UtcNow"/> or call <see cref="Advance"/>.
/// Safe to read from the app's request threads while the test moves it.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    /// <summary>The time every reader of this clock sees now.</summary>
    public DateTimeOffset UtcNow
    {
        get => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _utcTicks, value.UtcTicks);
    }

    // Fixed to UTC so nothing a test checks depends on the machine's zone.
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    /// <summary>Moves the clock forward and returns the new time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        return new(Interlocked.Add(ref _utcTicks, by.Ticks), TimeSpan.Zero);
    }
}
