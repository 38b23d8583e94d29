using PainDrip.Core.Coaching;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>A send that dies after the claim was saved: the next runs never send that lesson again, and the program goes on.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CrashJourneyTests(ServiceFixture world) : IAsyncLifetime
{
    private ServiceApp _app = null!;
    private Drive _drive = null!;

    public async Task InitializeAsync()
    {
        _app = await world.StartAppAsync();
        _drive = new Drive(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Timer_SendCrashesAfterTheClaim_NextRunsSendTheNextLessonNotTheLostOne()
    {
        var id = await _drive.EnrollAsync();
        _app.Mail.CrashNextSend();

        // Day 1 at 08:00 in London: the first lesson is claimed, then the send dies.
        await _drive.AdvanceAsync(TimeSpan.FromHours(22), TimeSpan.FromHours(1));
        Assert.Equal(1, _app.Mail.Crashed);
        await _drive.RunTimerAsync();
        await _drive.RunTimerAsync();
        await _drive.AdvanceDaysAsync(3);

        var deliveries = await _app.Deliveries.ListAsync(id, CancellationToken.None);
        var lost = Assert.Single(deliveries, d => d.Key == "slot-001-lesson");
        Assert.Null(lost.SentAt);
        var next = Assert.Single(deliveries, d => d.Key == "slot-003-lesson");
        Assert.NotNull(next.SentAt);
        var emails = await _drive.WaitForEmailsAsync(3);
        Assert.Equal([null, EmailKind.Welcome, EmailKind.Lesson], emails.Select(mail => mail.KindIn(_app.Library)));
        Assert.Equal(next.LessonId, emails[^1].LessonIdIn(_app.Library));
        Assert.DoesNotContain(emails, mail => mail.LessonIdIn(_app.Library) == lost.LessonId);
        Assert.Equal(3, (await _app.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment.LastSlotDay);
    }
}
