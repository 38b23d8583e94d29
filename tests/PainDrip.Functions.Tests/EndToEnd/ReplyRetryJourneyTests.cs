using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Tests.EndToEnd;

/// <summary>Inbound Parse delivers at least once: the same reply posted again (same Message-ID) must not act twice.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReplyRetryJourneyTests(ServiceFixture world) : IAsyncLifetime
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
    public async Task FlareReply_PostedTwiceBySendGrid_StepsBackAndAnswersOnce()
    {
        var id = await _drive.EnrollAsync();
        await _drive.AdvanceDaysAsync(2);
        var lesson = (await _drive.WaitForEmailsAsync(3))[^1];

        var messageId = await _drive.ReplyAsync(lesson.ReplyTo!, "it flared up again, 8/10");
        await _drive.ReplyAsync(lesson.ReplyTo!, "it flared up again, 8/10", messageId: messageId);

        var emails = await _app.Maildev.WaitForEmailsAsync(5, TimeSpan.FromSeconds(1));
        Assert.Equal(EmailKind.Flare, ReceivedEmail.From(emails[^1]).KindIn(_app.Library));
        Assert.Equal(4, emails.Count);
        var record = (await _app.Enrollments.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(1, record.Enrollment.Flares);
        Assert.Single(await _app.Progress.ListAsync(id, CancellationToken.None), p => p.Kind == ProgressKind.ReplyRead);
    }
}
