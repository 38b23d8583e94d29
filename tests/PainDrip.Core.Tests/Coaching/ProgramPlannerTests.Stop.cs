using PainDrip.Core.Coaching;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    [Fact]
    public void ApplyReply_Stop_StopsAndPlansTheStopEmailNow()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);

        var outcome = _planner.ApplyReply(SentThroughWelcome(), Signals.Stop(), now);

        Assert.Equal(EnrollmentStatus.Stopped, outcome.Enrollment.Status);
        var email = Assert.Single(outcome.SendNow);
        Assert.Equal((EmailKind.Stopped, "stopped", now), (email.Kind, email.LessonId, email.Due));
        Assert.Null(_planner.PlanNext(outcome.Enrollment, now));
    }

    [Fact]
    public void ApplyReply_StopWhilePaused_PlansTheStopEmail()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);
        var paused = _planner.Pause(SentThroughWelcome(), now).Enrollment;

        var outcome = _planner.ApplyReply(paused, Signals.Stop(), now.Plus(NodaTime.Duration.FromHours(1)));

        Assert.Equal(EnrollmentStatus.Stopped, outcome.Enrollment.Status);
        Assert.Equal(EmailKind.Stopped, Assert.Single(outcome.SendNow).Kind);
    }

    [Fact]
    public void ApplyReply_StopWhenAlreadyStopped_SendsNothingAndGoesToTheCoach()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);
        var stopped = _planner.ApplyReply(SentThroughWelcome(), Signals.Stop(), now).Enrollment;

        var again = _planner.ApplyReply(stopped, Signals.Stop(), now.Plus(NodaTime.Duration.FromHours(1)));

        Assert.Equal(EnrollmentStatus.Stopped, again.Enrollment.Status);
        Assert.Empty(again.SendNow);
        Assert.Equal(CoachQueueReason.AfterStop, again.CoachItem!.Reason);
    }

    [Fact]
    public void ApplyReply_AnyReplyAfterAStop_GoesToTheCoachWithoutEmail()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);
        var stopped = _planner.Stop(SentThroughWelcome());

        var outcome = _planner.ApplyReply(stopped, Signals.Pain(3), now);

        Assert.Equal(CoachQueueReason.AfterStop, outcome.CoachItem!.Reason);
        Assert.Empty(outcome.SendNow);
        Assert.Equal(EnrollmentStatus.Stopped, outcome.Enrollment.Status);
    }

    [Fact]
    public void ApplyReply_RedFlagAndStop_SendsOnlyTheSafetyEmailNoStopEmail()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);

        var outcome = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.Weakness) with { WantsStop = true }, now);

        Assert.Equal([EmailKind.Safety], outcome.SendNow.Select(e => e.Kind));
    }

    [Theory]
    [InlineData(EnrollmentStatus.Stopped)]
    [InlineData(EnrollmentStatus.Completed)]
    [InlineData(EnrollmentStatus.Pending)]
    public void StopAndTell_NothingRunningToStop_StopsWithoutEmail(EnrollmentStatus status)
    {
        var enrollment = SentThroughWelcome().WithStatus(status);

        var change = _planner.StopAndTell(enrollment, Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Equal(EnrollmentStatus.Stopped, change.Enrollment.Status);
        Assert.Empty(change.SendNow);
    }

    [Fact]
    public void ApplyReply_StopOnSafetyHold_GoesToTheCoachAndSendsOnlyTheStopEmail()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);
        var held = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.FeverInfection), now).Enrollment;

        var outcome = _planner.ApplyReply(held, Signals.Stop(), now.Plus(NodaTime.Duration.FromHours(2)));

        Assert.Equal(CoachQueueReason.FollowUp, outcome.CoachItem!.Reason);
        Assert.Equal([EmailKind.Stopped], outcome.SendNow.Select(e => e.Kind));
        Assert.Equal(EnrollmentStatus.Stopped, outcome.Enrollment.Status);
    }

    [Fact]
    public void StopAndTell_OnSafetyHold_PlansTheStopEmail()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);
        var held = _planner.ApplyReply(SentThroughWelcome(), Signals.Flags(RedFlag.FeverInfection), now).Enrollment;

        var change = _planner.StopAndTell(held, now.Plus(NodaTime.Duration.FromHours(1)));

        Assert.Equal((EnrollmentStatus.Stopped, EmailKind.Stopped), (change.Enrollment.Status, Assert.Single(change.SendNow).Kind));
    }
}
