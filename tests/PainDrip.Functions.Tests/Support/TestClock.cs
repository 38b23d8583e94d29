using NodaTime;

namespace PainDrip.Functions.Tests.Support;

/// <summary>A clock that only moves when told to.</summary>
internal sealed class TestClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;

    public void Advance(Duration duration) => Now += duration;
}
