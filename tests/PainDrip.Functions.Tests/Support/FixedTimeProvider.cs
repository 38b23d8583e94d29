namespace PainDrip.Functions.Tests.Support;

/// <summary>A clock that stands still (or moves only when told), for links that expire and welcomes sent "at once in daytime".</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
