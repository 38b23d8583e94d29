using PainDrip.Core.Coaching;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>A send that dies after the claim was saved: the claim stays marked unconfirmed, and the first run after the send
/// timeout sends that lesson once (nothing confirmed it), so no lesson is lost silently and none goes twice.</summary>
public sealed class CrashJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task Timer_SendCrashesAfterTheClaim_ARunAfterTheSendTimeoutSendsItExactlyOnce()
    {
        var id = await Drive.EnrollAsync();
        App.Mail.CrashNextSend();

        // Day 1 at 08:00 in London: the first lesson is claimed, then the send dies.
        await Drive.AdvanceAsync(TimeSpan.FromHours(22), TimeSpan.FromHours(1));
        Assert.Equal(1, App.Mail.Crashed);
        var marked = await App.Enrollments.FindAsync(id, CancellationToken.None);
        Assert.Equal("slot-001-lesson", Assert.Single(marked!.Unconfirmed).Key);
        await Drive.AdvanceAsync(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(15));
        await Drive.AdvanceAsync(TimeSpan.FromHours(3), TimeSpan.FromHours(1));

        var deliveries = await App.Deliveries.ListAsync(id, CancellationToken.None);
        var resent = Assert.Single(deliveries, d => d.Key == "slot-001-lesson");
        Assert.NotNull(resent.SentAt);
        var emails = await Drive.WaitForEmailsAsync(3);
        Assert.Equal([null, EmailKind.Welcome, EmailKind.Lesson], emails.Select(mail => mail.KindIn(App.Library)));
        Assert.Equal(resent.LessonId, emails[^1].LessonIdIn(App.Library));
        Assert.Empty((await App.Enrollments.FindAsync(id, CancellationToken.None))!.Unconfirmed);
    }
}
