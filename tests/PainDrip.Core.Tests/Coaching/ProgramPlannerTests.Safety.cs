using PainDrip.Core.Coaching;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    [Fact]
    public void ApplyReply_RedFlagAndStop_SendsSafetyQueuesTheRedFlagAndEndsStopped()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);

        var outcome = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.ChestPain) with { WantsStop = true }, now);

        Assert.Equal(EnrollmentStatus.Stopped, outcome.Enrollment.Status);
        Assert.Equal(EmailKind.Safety, Assert.Single(outcome.SendNow).Kind);
        Assert.Equal(CoachQueueReason.RedFlag, outcome.CoachItem!.Reason);
        Assert.Equal(EnrollmentStatus.Stopped, _planner.Resume(outcome.Enrollment, now).Enrollment.Status);
    }

    [Theory]
    [MemberData(nameof(PlainReplies))]
    public void ApplyReply_OnSafetyHold_EveryReplyGoesToTheCoach(string name)
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);
        var held = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.FeverInfection), now).Enrollment;

        var outcome = _planner.ApplyReply(held, SignalsByName[name], now.Plus(NodaTime.Duration.FromHours(2)));

        Assert.Equal(CoachQueueReason.FollowUp, outcome.CoachItem!.Reason);
        Assert.Empty(outcome.SendNow);
    }

    [Fact]
    public void ApplyReply_NeedsReview_QueuesForACoach()
    {
        var signal = Signals.Pain(3) with { NeedsReview = true };

        var outcome = _planner.ApplyReply(SentThroughWelcome(), signal, Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Equal(CoachQueueReason.NeedsReview, outcome.CoachItem!.Reason);
    }

    [Fact]
    public void ApplyReply_NeedsReviewWithoutScoreToACheckin_DoesNotMoveOn()
    {
        var waiting = SentThroughWelcome() with { AwaitingCheckin = true };

        var outcome = _planner.ApplyReply(waiting, ReplySignal.Empty with { NeedsReview = true }, Profiles.Local(London, 2026, 3, 8, 12));

        Assert.NotEqual(GateDecision.MoveOn, outcome.Gate);
        Assert.Equal(CoachQueueReason.NeedsReview, outcome.CoachItem!.Reason);
    }

    [Fact]
    public void ApplyReply_ReadableReplyWithoutScoreOrTrendToACheckin_KeepsTheCheckinOpen()
    {
        var waiting = SentThroughWelcome() with { AwaitingCheckin = true };

        var outcome = _planner.ApplyReply(waiting, ReplySignal.Empty, Profiles.Local(London, 2026, 3, 8, 12));

        Assert.Equal(GateDecision.None, outcome.Gate);
        Assert.True(outcome.Enrollment.AwaitingCheckin);
        Assert.Null(outcome.CoachItem);
    }

    private static readonly Dictionary<string, ReplySignal> SignalsByName = new()
    {
        ["empty"] = ReplySignal.Empty,
        ["pain"] = Signals.Pain(2),
        ["question"] = Signals.Question(),
        ["needs-review"] = ReplySignal.Empty with { NeedsReview = true },
    };

    public static TheoryData<string> PlainReplies => new(SignalsByName.Keys);
}
