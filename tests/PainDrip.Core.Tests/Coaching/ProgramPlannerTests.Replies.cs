using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    [Fact]
    public void ApplyReply_RedFlag_SafetyEmailCoachItemAndNothingPlanned()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);

        var outcome = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.NumbnessTingling, RedFlag.Weakness), now);

        Assert.Equal(EnrollmentStatus.SafetyHold, outcome.Enrollment.Status);
        var safety = Assert.Single(outcome.SendNow);
        Assert.Equal((EmailKind.Safety, now), (safety.Kind, safety.Due));
        Assert.Equal([RedFlag.NumbnessTingling, RedFlag.Weakness], outcome.CoachItem!.RedFlags);
        Assert.Null(_planner.PlanNext(outcome.Enrollment, now));
    }

    [Fact]
    public void ApplyReply_RedFlagAfterStopping_StaysStoppedButStillAnswersWithSafety()
    {
        var stopped = _planner.Stop(SentThroughWelcome());

        var outcome = _planner.ApplyReply(stopped, Signals.Flags(RedFlag.BreathingDifficulty), Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Equal(EnrollmentStatus.Stopped, outcome.Enrollment.Status);
        Assert.Equal(EmailKind.Safety, Assert.Single(outcome.SendNow).Kind);
    }

    [Fact]
    public void ApplyReply_Question_QueuesForACoachWithoutChangingTheProgram()
    {
        var outcome = _planner.ApplyReply(SentThroughWelcome(), Signals.Question(), Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Equal(CoachQueueReason.Question, outcome.CoachItem!.Reason);
        Assert.Equal((EnrollmentStatus.Active, GateDecision.None), (outcome.Enrollment.Status, outcome.Gate));
        Assert.Empty(outcome.SendNow);
    }

    [Fact]
    public void ApplyReply_NotAnsweringACheckin_TakesNoGateButKeepsTheScore()
    {
        var outcome = _planner.ApplyReply(SentThroughWelcome(), Signals.Pain(6, Trend.Same), Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Equal((GateDecision.None, 0), (outcome.Gate, outcome.Enrollment.Holds));
        Assert.Equal(6, outcome.Enrollment.LatestPain);
    }

    [Fact]
    public void ApplyReply_WhilePaused_RemembersButTakesNoGate()
    {
        var paused = _planner.Pause(SentThroughWelcome(), Profiles.Local(London, 2026, 3, 4, 12)).Enrollment;

        var outcome = _planner.ApplyReply(paused, Signals.Flare() with { NewTriggers = new HashSet<Trigger> { Trigger.Sleep } },
            Profiles.Local(London, 2026, 3, 5, 12));

        Assert.Equal((EnrollmentStatus.Paused, GateDecision.None, 0), (outcome.Enrollment.Status, outcome.Gate, outcome.Enrollment.Flares));
        Assert.Contains(Trigger.Sleep, outcome.Enrollment.RevealedTriggers);
    }

    [Fact]
    public void Pause_NotActive_ChangesNothing()
    {
        var change = _planner.Pause(Profiles.Pending(OldOnset), Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Equal(EnrollmentStatus.Pending, change.Enrollment.Status);
        Assert.Empty(change.SendNow);
    }

    [Fact]
    public void Resume_AfterSafetyHoldClearedByACoach_ShiftsTheScheduleByTheHeldDays()
    {
        var held = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.FeverInfection), Profiles.Local(London, 2026, 3, 4, 12)).Enrollment;

        Assert.Equal(EnrollmentStatus.SafetyHold, _planner.Resume(held, Profiles.Local(London, 2026, 3, 9, 12)).Enrollment.Status);

        var change = _planner.ResumeFromHold(held, Profiles.Local(London, 2026, 3, 9, 12));

        Assert.Equal((EnrollmentStatus.Active, 5), (change.Enrollment.Status, change.Enrollment.PausedDays));
        Assert.Equal(EmailKind.Resume, Assert.Single(change.SendNow).Kind);
        Assert.Equal(new LocalDate(2026, 3, 8), change.Enrollment.DateOf(1));
    }

    [Fact]
    public void Resume_NotPaused_ChangesNothing()
    {
        var change = _planner.Resume(SentThroughWelcome(), Profiles.Local(London, 2026, 3, 9, 12));

        Assert.Equal(EnrollmentStatus.Active, change.Enrollment.Status);
        Assert.Empty(change.SendNow);
    }
}
