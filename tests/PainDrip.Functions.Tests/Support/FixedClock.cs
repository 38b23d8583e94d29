using NodaTime;

namespace PainDrip.Functions.Tests.Support;

/// <summary>A clock that always reads the same instant.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
