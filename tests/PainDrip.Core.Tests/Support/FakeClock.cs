using NodaTime;

namespace PainDrip.Core.Tests.Support;

/// <summary>A clock that only moves when told to.</summary>
internal sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; private set; } = now;

    public Instant GetCurrentInstant() => Now;

    public void AdvanceDays(int days) => Now += Duration.FromDays(days);

    public void AdvanceHours(int hours) => Now += Duration.FromHours(hours);

    public void AdvanceMinutes(int minutes) => Now += Duration.FromMinutes(minutes);

    public void AdvanceTo(Instant instant) => Now = instant;

    public void Advance(Duration duration) => Now += duration;
}
