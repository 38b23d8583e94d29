using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>A reply with a red flag, through the real service: safety email at once, safety hold, coach queue, silence after.</summary>
public sealed class SafetyJourneyTests(ServiceFixture world) : Journey(world)
{
    [Fact]
    public async Task Reply_ChestTightAndArmTingles_SendsSafetyAtOnceQueuesForTheCoachAndStopsLessons()
    {
        var id = await Drive.EnrollAsync();
        await Drive.AdvanceDaysAsync(2);
        var lesson = (await Drive.WaitForEmailsAsync(3)).Last();
        Assert.Equal(EmailKind.Lesson, lesson.KindIn(App.Library));

        await Drive.ReplyAsync(lesson.ReplyTo!, "my chest feels tight and my left arm tingles");

        var emails = await Drive.WaitForEmailsAsync(4);
        Assert.Equal(EmailKind.Safety, emails[^1].KindIn(App.Library));
        EndToEndAssert.EveryEmailCanBeAnsweredAndLeft(emails);
        var record = (await App.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.SafetyHold, record.Enrollment.Status);
        var progress = await App.Progress.ListAsync(id, CancellationToken.None);
        Assert.Contains(progress, p => p.Kind == ProgressKind.RedFlag);
        var queue = await CoachQueueAsync();
        var item = Assert.Single(queue.EnumerateArray());
        Assert.Equal(id, item.GetProperty("enrollmentId").GetString());
        Assert.Equal("red_flag", item.GetProperty("reason").GetString());
        Assert.NotEmpty(item.GetProperty("redFlags").EnumerateArray());

        await Drive.AdvanceDaysAsync(7);

        Assert.Equal(4, (await Drive.EmailsAsync()).Count);
        Assert.Equal(3, (await App.Deliveries.ListAsync(id, CancellationToken.None)).Count);
        Assert.Equal(EnrollmentStatus.SafetyHold, (await App.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment.Status);
    }

    private async Task<JsonElement> CoachQueueAsync()
    {
        using var response = await App.Http.GetAsync("/api/coach-queue");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
