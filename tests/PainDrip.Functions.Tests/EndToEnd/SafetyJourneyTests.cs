using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>A reply with a red flag, through the real service: safety email at once, safety hold, coach queue, silence after.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SafetyJourneyTests(ServiceFixture world) : IAsyncLifetime
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
    public async Task Reply_ChestTightAndArmTingles_SendsSafetyAtOnceQueuesForTheCoachAndStopsLessons()
    {
        var id = await _drive.EnrollAsync();
        await _drive.AdvanceDaysAsync(2);
        var lesson = (await _drive.WaitForEmailsAsync(3)).Last();
        Assert.Equal(EmailKind.Lesson, lesson.KindIn(_app.Library));

        await _drive.ReplyAsync(lesson.ReplyTo!, "my chest feels tight and my left arm tingles");

        var emails = await _drive.WaitForEmailsAsync(4);
        Assert.Equal(EmailKind.Safety, emails[^1].KindIn(_app.Library));
        EndToEndAssert.EveryEmailCanBeAnsweredAndLeft(emails);
        var record = (await _app.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(EnrollmentStatus.SafetyHold, record.Enrollment.Status);
        var progress = await _app.Progress.ListAsync(id, CancellationToken.None);
        Assert.Contains(progress, p => p.Kind == ProgressKind.RedFlag);
        var queue = await CoachQueueAsync();
        var item = Assert.Single(queue.EnumerateArray());
        Assert.Equal(id, item.GetProperty("enrollmentId").GetString());
        Assert.Equal("red_flag", item.GetProperty("reason").GetString());
        Assert.NotEmpty(item.GetProperty("redFlags").EnumerateArray());

        await _drive.AdvanceDaysAsync(7);

        Assert.Equal(4, (await _drive.EmailsAsync()).Count);
        Assert.Equal(3, (await _app.Deliveries.ListAsync(id, CancellationToken.None)).Count);
        Assert.Equal(EnrollmentStatus.SafetyHold, (await _app.Enrollments.FindAsync(id, CancellationToken.None))!.Enrollment.Status);
    }

    private async Task<JsonElement> CoachQueueAsync()
    {
        using var response = await _app.Http.GetAsync("/api/coach-queue");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
