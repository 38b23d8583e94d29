using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Inbound Parse delivers at least once: the same reply posted again (same Message-ID) must not act twice.</summary>
public sealed class ReplyRetryJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task FlareReply_PostedTwiceBySendGrid_StepsBackAndAnswersOnce()
    {
        var id = await Drive.EnrollAsync();
        await Drive.AdvanceDaysAsync(2);
        var lesson = (await Drive.WaitForEmailsAsync(3))[^1];

        var messageId = await Drive.ReplyAsync(lesson.ReplyTo!, "it flared up again, 8/10");
        await Drive.ReplyAsync(lesson.ReplyTo!, "it flared up again, 8/10", messageId: messageId);

        await Drive.BarrierAsync();
        Assert.Equal(
            [null, EmailKind.Welcome, EmailKind.Lesson, EmailKind.Flare],
            (await Drive.EmailsAsync()).Select(mail => mail.KindIn(App.Library)));
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(1, record.Enrollment.Flares);
        Assert.Single(await App.Progress.ListAsync(id, CancellationToken.None), p => p.Kind == ProgressKind.ReplyRead);
    }
}
