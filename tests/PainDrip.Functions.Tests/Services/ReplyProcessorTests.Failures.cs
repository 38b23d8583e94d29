using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Services;

public sealed partial class ReplyProcessorTests
{
    [Fact]
    public async Task ProcessAsync_EnrollmentChangedMeanwhile_DecidesAgainOnTheFreshRowAndSendsOnce()
    {
        var stale = _world.Stored["e1"];
        _world.Put(stale);
        // The first read is stale; the retry reads the row as it is now.
        _world.Enrollments.FindAsync("e1", Arg.Any<CancellationToken>()).Returns(stale, _world.Stored["e1"]);

        var result = await _world.Replies().ProcessAsync(_world.Reply("My left arm has been tingling since yesterday."), default);

        Assert.Equal(InboxState.Processed, result.State);
        Assert.Equal([EmailKind.Safety], _world.SentKinds);
        Assert.Equal(EnrollmentStatus.SafetyHold, _world.Stored["e1"].Enrollment.Status);
    }

    [Fact]
    public async Task ProcessAsync_FailsAfterStoring_StaysPendingWithItsErrorAndTheRetryFinishesIt()
    {
        _world.CoachQueue.AddAsync(Arg.Any<CoachQueueEntry>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromException(new TimeoutException("table busy")), Task.CompletedTask);
        var item = _world.Reply("How long should I hold the stretch?");

        var failed = await _world.Replies().ProcessAsync(item, default);
        var retried = await _world.Replies().ProcessAsync(failed, default);

        Assert.Equal((InboxState.Pending, "TimeoutException"), (failed.State, failed.LastError));
        Assert.Equal(InboxState.Processed, retried.State);
        // The failed attempt and the retry each queued it; the store keeps one item per reply.
        Assert.Equal([("in-1", CoachQueueReason.Question), ("in-1", CoachQueueReason.Question)],
            _world.CoachEntries.Select(e => (e.InboxId, e.Item.Reason)));
        Assert.Single(_world.ProgressEntries, p => p.Entry.Kind == ProgressKind.ReplyRead);
    }

    [Fact]
    public async Task ProcessAsync_RetryAfterTheReplyWasApplied_DoesNotApplyItTwice()
    {
        _world.Due["e1"] = _world.Clock.Now;
        var item = _world.Reply("Busy week at work, skip this week please");
        await _world.Replies().ProcessAsync(item, default);
        var saves = _world.Enrollments.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(IEnrollmentStore.SaveAsync));

        var retried = await _world.Replies().ProcessAsync(item with { Attempts = 1 }, default);

        Assert.Equal(InboxState.Processed, retried.State);
        Assert.Equal(saves, _world.Enrollments.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(IEnrollmentStore.SaveAsync)));
        Assert.Single(_world.Sent);
    }

    [Fact]
    public async Task ProcessAsync_FailedTooOften_ParksTheMessageForTheCoach()
    {
        _world.Enrollments.FindAsync("e1", Arg.Any<CancellationToken>()).ThrowsAsync(new TimeoutException());

        var result = await _world.Replies().ProcessAsync(_world.Reply("pain 3", attempts: ReplyProcessor.MaxAttempts - 1), default);

        Assert.Equal(InboxState.Parked, result.State);
        Assert.StartsWith("gave up", result.LastError);
        var entry = Assert.Single(_world.CoachEntries);
        Assert.Equal(("in-1", "e1", CoachQueueReason.Parked), (entry.InboxId, entry.Item.EnrollmentId, entry.Item.Reason));
        await _world.Inbox.Received(1).ParkAsync(Arg.Is<InboxItem>(i => i.Id == "in-1"), Arg.Any<string>(), Arg.Any<CancellationToken>());
    }
}
