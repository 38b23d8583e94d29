using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Core.Safety;

namespace PainDrip.Functions.Tests.Services;

/// <summary>A reply token is not a pass: control requests from another address wait for a coach; everything else works.</summary>
public sealed partial class ReplyProcessorTests
{
    private InboxItem ReplyFrom(string sender, string text)
    {
        var item = _world.Reply(text);
        return item with { Message = item.Message with { SenderAddress = sender } };
    }

    [Fact]
    public async Task ProcessAsync_StopFromAnotherAddress_NotStoppedAndQueuedForTheCoach()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("someone.else@example.org", "Please unsubscribe me."), default);

        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal(CoachQueueReason.OtherSender, Assert.Single(_world.CoachEntries).Item.Reason);
        Assert.DoesNotContain(ProgressKind.Stopped, _world.ProgressKinds);
    }

    [Fact]
    public async Task ProcessAsync_StopFromOwnAddressWrittenDifferently_Stops()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("Sam Example <SAM@Example.COM>", "Please unsubscribe me."), default);

        Assert.Equal(EnrollmentStatus.Stopped, _world.Stored["e1"].Enrollment.Status);
        Assert.Empty(_world.CoachEntries);
    }

    [Fact]
    public async Task ProcessAsync_StopWithoutReadableSender_NotStopped()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("", "stop"), default);

        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal(CoachQueueReason.OtherSender, Assert.Single(_world.CoachEntries).Item.Reason);
    }

    [Fact]
    public async Task ProcessAsync_PauseFromAnotherAddress_NotPausedNoPauseEmail()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("someone.else@example.org", "Busy week at work, skip this week please"), default);

        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
        Assert.DoesNotContain(EmailKind.Pause, _world.SentKinds);
        Assert.Equal(CoachQueueReason.OtherSender, Assert.Single(_world.CoachEntries).Item.Reason);
    }

    [Fact]
    public async Task ProcessAsync_EraseFromAnotherAddress_NoDataRequestAppliedQueuedForTheCoach()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("someone.else@example.org", "Please delete my data."), default);

        Assert.Equal(EnrollmentStatus.Active, _world.Stored["e1"].Enrollment.Status);
        Assert.Equal(CoachQueueReason.OtherSender, Assert.Single(_world.CoachEntries).Item.Reason);
    }

    [Fact]
    public async Task ProcessAsync_ReplyWhilePausedFromAnotherAddress_StaysPaused()
    {
        var paused = _world.Stored["e1"];
        _world.Put(paused with { Enrollment = _world.Planner.Pause(paused.Enrollment, _world.Clock.Now).Enrollment });

        await _world.Replies().ProcessAsync(ReplyFrom("someone.else@example.org", "I'm back, pain is about 3"), default);

        Assert.Equal(EnrollmentStatus.Paused, _world.Stored["e1"].Enrollment.Status);
        Assert.DoesNotContain(EmailKind.Resume, _world.SentKinds);
        Assert.Equal(CoachQueueReason.OtherSender, Assert.Single(_world.CoachEntries).Item.Reason);
    }

    [Fact]
    public async Task ProcessAsync_RedFlagAndStopFromAnotherAddress_SafetyHoldAtOnce()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("someone.else@example.org", "My chest feels tight and my arm is numb. Stop the emails."), default);

        Assert.Equal(EnrollmentStatus.SafetyHold, _world.Stored["e1"].Enrollment.Status);
        var entry = Assert.Single(_world.CoachEntries);
        Assert.Equal(CoachQueueReason.RedFlag, entry.Item.Reason);
        Assert.Equal([RedFlag.ChestPain, RedFlag.NumbnessTingling], entry.Item.RedFlags);
        Assert.Contains(EmailKind.Safety, _world.SentKinds);
    }

    [Fact]
    public async Task ProcessAsync_PainScoreFromAnotherAddress_AppliedAsUsual()
    {
        await _world.Replies().ProcessAsync(ReplyFrom("someone.else@example.org", "pain is 3/10 this week"), default);

        Assert.Equal(3, Assert.Single(_world.ProgressEntries, p => p.Entry.Kind == ProgressKind.ReplyRead).Entry.PainScore);
        Assert.Empty(_world.CoachEntries);
    }
}
