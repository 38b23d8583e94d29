using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Pause and resume by reply, through the real service: silence while paused, then the program picks up where it stopped.</summary>
public sealed class PauseJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task Replies_PauseThenComeBack_NothingWhilePausedThenResumeAndTheNextLesson()
    {
        var id = await Drive.EnrollAsync();
        await Drive.AdvanceDaysAsync(2);
        var lesson = (await Drive.WaitForEmailsAsync(3))[^1];

        await Drive.ReplyAsync(lesson.ReplyTo!, "Busy week at work, skip this week please");
        var pause = (await Drive.WaitForEmailsAsync(4))[^1];
        Assert.Equal(EmailKind.Pause, pause.KindIn(App.Library));
        await Drive.AdvanceDaysAsync(5);
        Assert.Equal(4, (await Drive.EmailsAsync()).Count);

        await Drive.ReplyAsync(pause.ReplyTo!, "I'm back, pain is about 4");
        Assert.Equal(EmailKind.Resume, (await Drive.WaitForEmailsAsync(5))[^1].KindIn(App.Library));
        await Drive.AdvanceDaysAsync(2);

        var emails = await Drive.WaitForEmailsAsync(6);
        Assert.Equal(
            [null, EmailKind.Welcome, EmailKind.Lesson, EmailKind.Pause, EmailKind.Resume, EmailKind.Lesson],
            emails.Select(mail => mail.KindIn(App.Library)));
        Assert.Equal(emails.Count, emails.Select(mail => mail.LessonIdIn(App.Library)).Distinct().Count());
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.Active, record.Enrollment.Status);
        Assert.Equal(5, record.Enrollment.PausedDays);
        Assert.Equal(3, record.Enrollment.LastSlotDay);
        var kinds = (await App.Progress.ListAsync(id, CancellationToken.None)).Select(p => p.Kind).ToList();
        Assert.True(kinds.IndexOf(ProgressKind.Paused) < kinds.IndexOf(ProgressKind.Resumed), string.Join(",", kinds));
    }
}
