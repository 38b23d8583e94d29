using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Pause and resume by reply, through the real service: silence while paused, then the program picks up where it stopped.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PauseJourneyTests(ServiceFixture world) : IAsyncLifetime
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
    public async Task Replies_PauseThenComeBack_NothingWhilePausedThenResumeAndTheNextLesson()
    {
        var id = await _drive.EnrollAsync();
        await _drive.AdvanceDaysAsync(2);
        var lesson = (await _drive.WaitForEmailsAsync(3))[^1];

        await _drive.ReplyAsync(lesson.ReplyTo!, "Busy week at work, skip this week please");
        var pause = (await _drive.WaitForEmailsAsync(4))[^1];
        Assert.Equal(EmailKind.Pause, pause.KindIn(_app.Library));
        await _drive.AdvanceDaysAsync(5);
        Assert.Equal(4, (await _drive.EmailsAsync()).Count);

        await _drive.ReplyAsync(pause.ReplyTo!, "I'm back, pain is about 4");
        Assert.Equal(EmailKind.Resume, (await _drive.WaitForEmailsAsync(5))[^1].KindIn(_app.Library));
        await _drive.AdvanceDaysAsync(2);

        var emails = await _drive.WaitForEmailsAsync(6);
        Assert.Equal(
            [null, EmailKind.Welcome, EmailKind.Lesson, EmailKind.Pause, EmailKind.Resume, EmailKind.Lesson],
            emails.Select(mail => mail.KindIn(_app.Library)));
        Assert.Equal(emails.Count, emails.Select(mail => mail.LessonIdIn(_app.Library)).Distinct().Count());
        var record = (await _app.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        Assert.Equal(5, record.Enrollment.PausedDays);
        Assert.Equal(3, record.Enrollment.LastSlotDay);
        var kinds = (await _app.Progress.ListAsync(id, CancellationToken.None)).Select(p => p.Kind).ToList();
        Assert.True(kinds.IndexOf(ProgressKind.Paused) < kinds.IndexOf(ProgressKind.Resumed), string.Join(",", kinds));
    }
}
