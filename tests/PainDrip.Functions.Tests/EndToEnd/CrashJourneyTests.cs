using PainDrip.Core.Coaching;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>A send that dies after the claim was saved: the next runs never send that lesson again, and the program goes on.</summary>
public sealed class CrashJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task Timer_SendCrashesAfterTheClaim_NextRunsSendTheNextLessonNotTheLostOne()
    {
        var id = await Drive.EnrollAsync();
        App.Mail.CrashNextSend();

        // Day 1 at 08:00 in London: the first lesson is claimed, then the send dies.
        await Drive.AdvanceAsync(TimeSpan.FromHours(22), TimeSpan.FromHours(1));
        Assert.Equal(1, App.Mail.Crashed);
        await Drive.RunTimerAsync();
        await Drive.RunTimerAsync();
        await Drive.AdvanceDaysAsync(3);

        var deliveries = await App.Deliveries.ListAsync(id, CancellationToken.None);
        var lost = Assert.Single(deliveries, d => d.Key == "slot-001-lesson");
        Assert.Null(lost.SentAt);
        var next = Assert.Single(deliveries, d => d.Key == "slot-003-lesson");
        Assert.NotNull(next.SentAt);
        var emails = await Drive.WaitForEmailsAsync(3);
        Assert.Equal([null, EmailKind.Welcome, EmailKind.Lesson], emails.Select(mail => mail.KindIn(App.Library)));
        Assert.Equal(next.LessonId, emails[^1].LessonIdIn(App.Library));
        Assert.DoesNotContain(emails, mail => mail.LessonIdIn(App.Library) == lost.LessonId);
        Assert.Equal(3, (await App.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment.LastSlotDay);
    }
}
