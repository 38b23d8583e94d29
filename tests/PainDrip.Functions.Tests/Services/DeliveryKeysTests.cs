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
        Assert.Equal("012-safety-safety-stop", DeliveryKeys.Scheduled(email));
    }
}
