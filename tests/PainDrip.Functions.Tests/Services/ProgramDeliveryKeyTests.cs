using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Tests.Services;

public sealed class ProgramDeliveryKeyTests
{
    [Fact]
    public void For_SameSlotPlannedTwice_GivesTheSameKey()
    {
        var first = new PlannedEmail(EmailKind.Welcome, "welcome-01", Phase.Mobility, Instant.FromUtc(2025, 3, 10, 10, 0), 0);
        var later = first with { Due = first.Due.Plus(Duration.FromHours(3)) };

        Assert.Equal("slot-000-welcome", ProgramDeliveryKey.For(first));
        Assert.Equal(ProgramDeliveryKey.For(first), ProgramDeliveryKey.For(later));
        Assert.NotEqual(ProgramDeliveryKey.For(first), ProgramDeliveryKey.For(first with { ProgramDay = 2, Kind = EmailKind.Lesson }));
    }
}
