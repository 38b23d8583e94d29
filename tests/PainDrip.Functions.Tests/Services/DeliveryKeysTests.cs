using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Tests.Services;

public sealed class DeliveryKeysTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 3, 3, 9, 0);

    [Fact]
    public void ForReply_SafetyEmail_CarriesTheInboxId()
    {
        var email = new PlannedEmail(EmailKind.Safety, "safety-stop", Phase.Strength, Now, 12);

        Assert.Equal("reply-in-7-safety-safety-stop", DeliveryKeys.ForReply("in-7", email));
        Assert.Equal("slot-012-safety", DeliveryKeys.Scheduled(email));
    }

    [Fact]
    public void Scheduled_SameSlotPlannedTwice_GivesTheSameKey()
    {
        var first = new PlannedEmail(EmailKind.Welcome, "welcome-01", Phase.Mobility, Now, 0);
        var later = first with { Due = first.Due.Plus(Duration.FromHours(3)), LessonId = "welcome-02" };

        Assert.Equal("slot-000-welcome", DeliveryKeys.Scheduled(first));
        Assert.Equal(DeliveryKeys.Scheduled(first), DeliveryKeys.Scheduled(later));
        Assert.NotEqual(DeliveryKeys.Scheduled(first), DeliveryKeys.Scheduled(first with { ProgramDay = 2, Kind = EmailKind.Lesson }));
    }
}
