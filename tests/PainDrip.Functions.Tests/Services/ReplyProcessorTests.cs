using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;
using PainDrip.Functions.Tests.Support;

namespace PainDrip.Functions.Tests.Services;

public sealed partial class ReplyProcessorTests
{
    private readonly MailWorld _world = new();

    public ReplyProcessorTests()
    {
        var record = _world.Enroll();
        var welcome = _world.Planner.PlanNext(record.Enrollment, _world.Clock.Now)!;
        _world.Put(record with { Enrollment = _world.Planner.RecordSent(record.Enrollment, welcome, _world.Clock.Now) });
    }

    [Fact]
    public async Task ProcessAsync_NoValidToken_IgnoredAndNothingSent()
    {
        var result = await _world.Replies().ProcessAsync(_world.Reply("pain 3/10", enrollmentId: null), default);

        Assert.Equal((InboxState.Ignored, "unknown token"), (result.State, result.LastError));
        AssertNothingDone();
    }

    [Fact]
    public async Task ProcessAsync_NoValidTokenButARedFlag_IgnoredAndQueuedForACoach()
    {
        var result = await _world.Replies().ProcessAsync(_world.Reply("my chest feels tight and my arm is numb", enrollmentId: null), default);

        Assert.Equal((InboxState.Ignored, "unknown token"), (result.State, result.LastError));
        var entry = Assert.Single(_world.CoachEntries);
        Assert.Equal((result.Id, "", CoachQueueReason.RedFlag), (entry.InboxId, entry.Item.EnrollmentId, entry.Item.Reason));
        Assert.Equal([RedFlag.ChestPain, RedFlag.NumbnessTingling], entry.Item.RedFlags);
        Assert.Empty(_world.Sent);
    }

    [Fact]
    public async Task ProcessAsync_AutoReply_IgnoredAndNothingSent()
    {
        var result = await _world.Replies().ProcessAsync(_world.Reply("I am out of the office until Monday.", autoReply: true), default);

        Assert.Equal((InboxState.Ignored, "auto-reply"), (result.State, result.LastError));
        AssertNothingDone();
    }

    [Fact]
    public async Task ProcessAsync_EnrollmentGone_IgnoredAndNothingSent()
    {
        var result = await _world.Replies().ProcessAsync(_world.Reply("pain 3/10", enrollmentId: "erased"), default);

        Assert.Equal((InboxState.Ignored, "unknown enrollment"), (result.State, result.LastError));
        AssertNothingDone();
    }

    [Fact]
    public async Task ProcessAsync_PainScoreThatMovesNoEmail_LogsAndKeepsTheScoreWithoutTouchingTheDueIndex()
    {
        var planned = _world.Planner.PlanNext(_world.Stored["e1"].Enrollment, _world.Clock.Now)!.Due;
        _world.Due["e1"] = planned;

        var result = await _world.Replies().ProcessAsync(_world.Reply("Feeling better, about a 4/10 today."), default);

        Assert.Equal(InboxState.Processed, result.State);
        var read = Assert.Single(_world.ProgressEntries, p => p.Entry.Kind == ProgressKind.ReplyRead).Entry;
        Assert.Equal(4, read.PainScore);
        Assert.Equal("inbox:in-1", read.Detail);
        Assert.Equal(4, _world.Stored["e1"].Enrollment.LatestPain);
        Assert.Equal(planned, _world.Due["e1"]);
        Assert.DoesNotContain(_world.DueIndex.ReceivedCalls(), call => call.GetMethodInfo().Name != nameof(IDueIndex.ReadDueAsync));
        Assert.Empty(_world.Sent);
    }

    [Fact]
    public async Task ProcessAsync_CopyOfAProcessedMessage_AppliesNothingAgain()
    {
        var first = _world.Reply("It flared up again, 8/10", id: "in-1");
        await _world.Replies().ProcessAsync(first, default);

        var copy = first with { State = InboxState.Processed, Attempts = 1, StoredBefore = true };
        var result = await _world.Replies().ProcessAsync(copy, default);

        Assert.Equal(InboxState.Processed, result.State);
        Assert.Single(_world.InboxUpdates);
        Assert.Equal([EmailKind.Flare], _world.SentKinds);
        Assert.Equal(1, _world.Stored["e1"].Enrollment.Flares);
        Assert.Single(_world.ProgressEntries, p => p.Entry.Kind == ProgressKind.ReplyRead);
    }

    [Fact]
    public async Task ProcessAsync_RetryOfAReplyAppliedBeforeItsFinishFailed_FinishesWithoutApplyingAgain()
    {
        var first = _world.Reply("It flared up again, 8/10", id: "in-1");
        await _world.Replies().ProcessAsync(first, default);

        var result = await _world.Replies().ProcessAsync(first with { Attempts = 1 }, default);

        Assert.Equal(InboxState.Processed, result.State);
        Assert.Equal([EmailKind.Flare], _world.SentKinds);
        Assert.Equal(1, _world.Stored["e1"].Enrollment.Flares);
        Assert.Single(_world.ProgressEntries, p => p.Entry.Kind == ProgressKind.ReplyRead);
        Assert.Equal(["in-1"], _world.Stored["e1"].AppliedReplies);
    }

    [Fact]
    public async Task ProcessAsync_RedFlag_SendsTheSafetyEmailAtOnceQueuesTheCoachAndCancelsDue()
    {
        _world.Due["e1"] = _world.Clock.Now;

        await _world.Replies().ProcessAsync(_world.Reply("My left arm has been tingling since yesterday."), default);

        Assert.Equal([EmailKind.Safety], _world.SentKinds);
        Assert.Equal("Please see a doctor today", Assert.Single(_world.Sent).Subject);
        Assert.Contains("- Numbness, tingling or pins and needles", _world.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(EnrollmentStatus.SafetyHold, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal([RedFlag.NumbnessTingling], _world.Stored["e1"].Enrollment.HoldFlags);
        var entry = Assert.Single(_world.CoachEntries);
        Assert.Equal(("in-1", CoachQueueReason.RedFlag), (entry.InboxId, entry.Item.Reason));
        Assert.Empty(_world.Due);
        Assert.Contains(_world.ProgressEntries, p => p.Entry is { Kind: ProgressKind.RedFlag, Detail: "numbnesstingling" });
        Assert.Contains(_world.LedgerKeys, key => key.StartsWith("e1/reply-in-1-safety-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_StopWord_StopsTheProgramTellsThePersonOnceAndCancelsDue()
    {
        _world.Due["e1"] = _world.Clock.Now;

        await _world.Replies().ProcessAsync(_world.Reply("Please unsubscribe me."), default);

        Assert.Equal(EnrollmentStatus.Stopped, _world.Stored["e1"].Enrollment.Status);
        Assert.Empty(_world.Due);
        Assert.Equal([EmailKind.Stopped], _world.SentKinds);
        Assert.Equal("sam@example.com", _world.Sent[0].To.Address);
        Assert.Contains(ProgressKind.Stopped, _world.ProgressKinds);
        Assert.Contains(_world.ProgressEntries, p => p.Entry is { Kind: ProgressKind.EmailSent, Detail: "special-stopped" });
    }

    [Fact]
    public async Task ProcessAsync_SameStopReplyTwice_SendsTheStopEmailOnce()
    {
        var replies = _world.Replies();

        await replies.ProcessAsync(_world.Reply("Please unsubscribe me."), default);
        await replies.ProcessAsync(_world.Reply("Please unsubscribe me."), default);

        Assert.Equal([EmailKind.Stopped], _world.SentKinds);
    }

    [Fact]
    public async Task ProcessAsync_SecondStopReply_NoSecondStopEmailAndACoachReadsIt()
    {
        var replies = _world.Replies();

        await replies.ProcessAsync(_world.Reply("Please unsubscribe me."), default);
        await replies.ProcessAsync(_world.Reply("Please unsubscribe me.", id: "in-2"), default);

        Assert.Equal([EmailKind.Stopped], _world.SentKinds);
        var entry = Assert.Single(_world.CoachEntries);
        Assert.Equal(("in-2", CoachQueueReason.AfterStop), (entry.InboxId, entry.Item.Reason));
    }

    [Fact]
    public async Task ProcessAsync_PauseWords_PausesSendsThePauseEmailAndCancelsDue()
    {
        _world.Due["e1"] = _world.Clock.Now;

        await _world.Replies().ProcessAsync(_world.Reply("Busy week at work, skip this week please"), default);

        Assert.Equal(EnrollmentStatus.Paused, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal([EmailKind.Pause], _world.SentKinds);
        Assert.Empty(_world.Due);
        Assert.Contains(ProgressKind.Paused, _world.ProgressKinds);
    }

    [Fact]
    public async Task ProcessAsync_ReplyWhilePaused_ResumesSendsTheResumeEmailAndReschedules()
    {
        var paused = _world.Stored["e1"];
        _world.Put(paused with { Enrollment = _world.Planner.Pause(paused.Enrollment, _world.Clock.Now).Enrollment });
        _world.Clock.Advance(NodaTime.Duration.FromDays(3));

        await _world.Replies().ProcessAsync(_world.Reply("I'm back, pain is about 3"), default);

        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal(3, _world.Stored["e1"].Enrollment.PausedDays);
        Assert.Equal([EmailKind.Resume], _world.SentKinds);
        Assert.True(_world.Due.ContainsKey("e1"));
        Assert.Contains(ProgressKind.Resumed, _world.ProgressKinds);
    }

    [Fact]
    public async Task ProcessAsync_Question_QueuesItForTheCoach()
    {
        await _world.Replies().ProcessAsync(_world.Reply("Can I still go to the gym this week?"), default);

        Assert.Equal(CoachQueueReason.Question, Assert.Single(_world.CoachEntries).Item.Reason);
        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
    }

    private void AssertNothingDone()
    {
        Assert.Empty(_world.Sent);
        Assert.Empty(_world.LedgerKeys);
        Assert.Empty(_world.ProgressEntries);
        Assert.Empty(_world.CoachEntries);
        _world.Enrollments.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
    }
}
