using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// A fault injected at each table request of a send run and of a reply (from that request on, storage is gone, as if
/// the process died there), then the service recovers: the mail service reports what it processed, the sender posts
/// unanswered replies again, the timer runs. Afterwards no email went twice, no lesson and no reply is lost.
/// </summary>
public sealed class CrashPointJourneyTests(ServiceFixture world) : Journey(world)
{
    // A send run's requests: pending replies (1), the due shards (2-9), the person (10), the claim (11), the send,
    // the confirmation (12), the next entry (13).
    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Timer_StorageDiesAtRequestN_TheLessonGoesExactlyOnceAfterRecovery(int failFrom)
    {
        var id = await Drive.EnrollAsync();
        App.Clock.Advance(TimeSpan.FromHours(23));
        App.TableFaults.FailFrom(failFrom);
        using (await App.Http.PostAsJsonAsync("/admin/functions/SendDueLessons", new { input = "" }))
        {
        }
        App.TableFaults.Heal();

        await ReportProcessedAsync();
        await Drive.AdvanceAsync(TimeSpan.FromHours(2), TimeSpan.FromMinutes(15));

        Assert.True(App.TableFaults.Fired);
        var lessons = (await Drive.EmailsAsync()).Where(mail => mail.KindIn(App.Library) == EmailKind.Lesson).ToList();
        Assert.Single(lessons);
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Empty(record.Unconfirmed);
        var delivery = Assert.Single(await App.Deliveries.ListAsync(id, CancellationToken.None), d => d.Kind == EmailKind.Lesson);
        Assert.NotNull(delivery.SentAt);
        Assert.Equal(lessons[0].LessonIdIn(App.Library), delivery.LessonId);
    }

    // A red-flag reply's requests: store (1), the person (2), the coach item (3, 4), the reply's effect, timeline and
    // safety claim (5), the send, its confirmation (6), the due entry (7), the finish (8).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task Reply_StorageDiesAtRequestN_AppliedOnceAndOneSafetyEmailAfterRecovery(int failFrom)
    {
        var id = await Drive.EnrollAsync();
        var replyTo = (await Drive.WaitForEmailsAsync(2))[^1].ReplyTo!;
        const string messageId = "<crash-point-red-flag@example.com>";
        const string text = "my chest feels tight and my left arm tingles";
        App.TableFaults.FailFrom(failFrom);
        var first = await Drive.PostReplyAsync(replyTo, text, messageId);
        App.TableFaults.Heal();

        await ReportProcessedAsync();
        // SendGrid posts again what was not answered 200; the timer retries what was queued and settles unconfirmed sends.
        if (first != System.Net.HttpStatusCode.OK)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, await Drive.PostReplyAsync(replyTo, text, messageId));
        }
        await Drive.AdvanceAsync(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));

        Assert.True(App.TableFaults.Fired);
        var timeline = await App.Progress.ListAsync(id, CancellationToken.None);
        Assert.Equal(1, timeline.Count(entry => entry.Kind == ProgressKind.RedFlag));
        Assert.Equal(EnrollmentStatus.SafetyHold, (await App.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment.Status);
        await Drive.BarrierAsync();
        Assert.Single(await Drive.EmailsAsync(), mail => mail.KindIn(App.Library) == EmailKind.Safety);
        Assert.Single(await App.CoachQueue.ListAsync(50, CancellationToken.None), entry => entry.Item.EnrollmentId == id);
    }

    // What SendGrid's processed events do: every message the mail server got is confirmed by its correlation id.
    private async Task ReportProcessedAsync()
    {
        var confirmations = App.Services.GetRequiredService<IProviderConfirmations>();
        foreach (var mail in await Drive.EmailsAsync())
        {
            var correlation = mail.MessageId.Trim('<', '>').Split('@')[0];
            await confirmations.RecordAsync(correlation, NodaTime.Instant.FromDateTimeOffset(App.Clock.GetUtcNow()), CancellationToken.None);
        }
    }
}
