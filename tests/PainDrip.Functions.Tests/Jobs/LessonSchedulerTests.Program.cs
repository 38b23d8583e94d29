using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Jobs;

public sealed partial class LessonSchedulerTests
{
    [Fact]
    public async Task SendDueAsync_WalkedToTheEnd_GraduatesOnceAndRemovesTheEntry()
    {
        _world.Enroll();
        _world.Due["e1"] = _world.Clock.Now;

        for (var run = 0; run < 60 && _world.Due.TryGetValue("e1", out var due); run++)
        {
            _world.Clock.Now = Instant.Max(_world.Clock.Now, due);
            await _world.Scheduler().SendDueAsync(default);
        }

        Assert.Equal(EnrollmentStatus.Completed, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal(EmailKind.Graduation, _world.SentKinds.Last());
        Assert.Single(_world.SentKinds, kind => kind == EmailKind.Graduation);
        Assert.Single(_world.ProgressKinds, kind => kind == ProgressKind.Completed);
        Assert.False(_world.Due.ContainsKey("e1"));
    }

    [Fact]
    public async Task SendDueAsync_ReplyStillPending_RetriesItThroughTheReplyProcessor()
    {
        _world.Enroll();
        var pending = _world.Reply("pain is 3/10 today", attempts: 1);
        _world.Inbox.ListPendingAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([pending]);

        var summary = await _world.Scheduler().SendDueAsync(default);

        Assert.Equal(1, summary.RepliesRetried);
        Assert.Equal(InboxState.Processed, Assert.Single(_world.InboxUpdates).State);
        Assert.Contains(_world.ProgressEntries, p => p.Entry is { Kind: ProgressKind.ReplyRead, PainScore: 3 });
    }
}
