using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

/// <summary>A pause the person chose by days: it ends at their send hour on the end date, and any resume or new pause forgets it.</summary>
public sealed partial class ProgramPlannerTests
{
    [Fact]
    public void PauseUntil_Active_PausesWithoutAnEmailAndEndsAtTheSendHourThatDay()
    {
        var now = Profiles.Local(London, 2026, 3, 4, 12);

        var paused = _planner.PauseUntil(SentThroughWelcome(), new LocalDate(2026, 3, 9), now);

        Assert.Equal((EnrollmentStatus.Paused, new LocalDate(2026, 3, 4), new LocalDate(2026, 3, 9)), (paused.Status, paused.PausedOn!.Value, paused.ResumeOn!.Value));
        Assert.Equal(Profiles.Local(London, 2026, 3, 9, 7), _planner.PauseEndsAt(paused));
    }

    [Fact]
    public void PauseUntil_AlreadyPaused_MovesTheEndButKeepsWhenThePauseBegan()
    {
        var first = _planner.PauseUntil(SentThroughWelcome(), new LocalDate(2026, 3, 9), Profiles.Local(London, 2026, 3, 4, 12));

        var moved = _planner.PauseUntil(first, new LocalDate(2026, 3, 20), Profiles.Local(London, 2026, 3, 6, 12));

        Assert.Equal((new LocalDate(2026, 3, 4), new LocalDate(2026, 3, 20)), (moved.PausedOn!.Value, moved.ResumeOn!.Value));
    }

    [Theory]
    [InlineData(EnrollmentStatus.Pending)]
    [InlineData(EnrollmentStatus.SafetyHold)]
    [InlineData(EnrollmentStatus.Stopped)]
    public void PauseUntil_NotActiveOrPaused_ChangesNothing(EnrollmentStatus status)
    {
        var enrollment = SentThroughWelcome().WithStatus(status);

        var after = _planner.PauseUntil(enrollment, new LocalDate(2026, 3, 9), Profiles.Local(London, 2026, 3, 4, 12));

        Assert.Same(enrollment, after);
        Assert.Null(_planner.PauseEndsAt(after));
    }

    [Fact]
    public void Resume_TimedPauseEndedEarly_ForgetsTheEndDateSoALaterOpenPauseHasNone()
    {
        var paused = _planner.PauseUntil(SentThroughWelcome(), new LocalDate(2026, 3, 20), Profiles.Local(London, 2026, 3, 4, 12));

        var resumed = _planner.Resume(paused, Profiles.Local(London, 2026, 3, 6, 12)).Enrollment;
        var pausedAgain = _planner.Pause(resumed, Profiles.Local(London, 2026, 3, 8, 12)).Enrollment;

        Assert.Equal((EnrollmentStatus.Active, (LocalDate?)null, 2), (resumed.Status, resumed.ResumeOn, resumed.PausedDays));
        Assert.Null(pausedAgain.ResumeOn);
        Assert.Null(_planner.PauseEndsAt(pausedAgain));
    }
}
