using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>
/// The storage floor of the send and reply paths through the real service on Azurite, counted by a pipeline policy
/// on the app's own table client: table requests per sent email and per reply, and what parallel copies do.
/// </summary>
public sealed class FloorJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task Timer_OneLessonDue_CostsAtMostFiveTableRequestsAboveARunWithNothingDue()
    {
        await Drive.EnrollAsync();
        var idle = new List<long>();
        long? withOneEmail = null;
        for (var step = 0; step < 30 * 4 && withOneEmail is null; step++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(15));
            App.TableRequests.Reset();
            var run = await Drive.RunTimerAsync();
            var requests = App.TableRequests.Reset();
            if (run.Sent == 1)
            {
                withOneEmail = requests;
            }
            else if (run.Sent == 0)
            {
                idle.Add(requests);
            }
        }

        Assert.NotNull(withOneEmail);
        Assert.NotEmpty(idle);
        Assert.InRange(withOneEmail.Value - idle.Min(), 1, 5);
    }

    [Fact]
    public async Task Reply_CostsAtMostFiveTableRequestsAndTheSameWithSixtyTimelineEntries()
    {
        var id = await Drive.EnrollAsync();
        var replyTo = (await Drive.WaitForEmailsAsync(2))[^1].ReplyTo!;
        var early = await CountReplyAsync(replyTo, "Pain is about 4 today, the squeezes help.");
        for (var i = 0; i < 60; i++)
        {
            await App.Progress.AppendAsync(id, new ProgressEntry(
                NodaTime.Instant.FromDateTimeOffset(App.Clock.GetUtcNow().AddMinutes(-i)), ProgressKind.ReplyRead, Phase.Mobility, 4, "seeded"), CancellationToken.None);
        }

        var late = await CountReplyAsync(replyTo, "Pain is about 3 today, the squeezes help.");

        Assert.InRange(early, 1, 5);
        Assert.Equal(early, late);
    }

    [Fact]
    public async Task Reply_TwentyCopiesOfARedFlagAtOnce_OneSafetyEmailOneCoachItemOneTimelineEntry()
    {
        var id = await Drive.EnrollAsync();
        var replyTo = (await Drive.WaitForEmailsAsync(2))[^1].ReplyTo!;
        const string messageId = "<same-red-flag@example.com>";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Drive.PostReplyAsync(replyTo, "my chest feels tight and my left arm tingles", messageId)));

        Assert.Equal(20, statuses.Count(status => status == System.Net.HttpStatusCode.OK));
        await Drive.BarrierAsync();
        var emails = await Drive.EmailsAsync();
        Assert.Equal(1, emails.Count(mail => mail.KindIn(App.Library) == EmailKind.Safety));
        var timeline = await App.Progress.ListAsync(id, CancellationToken.None);
        Assert.Equal(1, timeline.Count(entry => entry.Kind == ProgressKind.RedFlag));
        Assert.Equal(1, timeline.Count(entry => entry.Kind == ProgressKind.ReplyRead));
        var queue = await App.CoachQueue.ListAsync(50, CancellationToken.None);
        Assert.Equal(1, queue.Count(entry => entry.Item.EnrollmentId == id));
    }

    [Fact]
    public async Task Timer_FiveRunsAtOnceWhileALessonIsDue_SendItOnce()
    {
        await Drive.EnrollAsync();
        var before = (await Drive.EmailsAsync()).Count;
        App.Clock.Advance(TimeSpan.FromHours(23));

        var runs = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Drive.RunTimerAsync()));

        Assert.Equal(1, runs.Sum(run => run.Sent));
        await Drive.BarrierAsync();
        var lessons = (await Drive.EmailsAsync()).Skip(before).Where(mail => mail.KindIn(App.Library) == EmailKind.Lesson).ToList();
        Assert.Single(lessons);
    }

    private async Task<long> CountReplyAsync(string replyTo, string text)
    {
        App.TableRequests.Reset();
        await Drive.ReplyAsync(replyTo, text);
        return App.TableRequests.Reset();
    }
}
