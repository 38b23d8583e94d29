using NodaTime;

namespace PainDrip.Functions.Extensions;

/// <summary>NodaTime's clock over the app's one <see cref="TimeProvider"/>, so both always agree (and move together in a demo).</summary>
public sealed class TimeProviderClock(TimeProvider time) : IClock
{
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(time.GetUtcNow());
}
