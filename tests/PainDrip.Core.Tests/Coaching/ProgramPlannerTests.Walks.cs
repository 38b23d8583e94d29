using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    private static ProgramWalker Walker(string zone = "Europe/London", int sendHour = 7, LocalDate? start = null) =>
        new(LessonLibraryBuilder.Standard(),
            Profiles.Pending(new LocalDate(2026, 2, 20), zone, sendHour),
            StartAt(zone, start ?? new LocalDate(2026, 3, 2)));

    private static Instant StartAt(string zone, LocalDate date) =>
        DateTimeZoneProviders.Tzdb[zone].AtStrictly(date.At(new LocalTime(9, 0))).ToInstant();

    [Fact]
    public void Walk_SteadyRecovery_GraduatesOnDay42WithTheFullRhythm()
    {
        var walker = Walker();
        foreach (var (day, pain) in new[] { (6, 5), (13, 4), (20, 3), (27, 2), (34, 2), (41, 1) })
        {
            walker.ReplyOn(day, Signals.Pain(pain, Trend.Better));
        }
        walker.Walk();

        int[] expectedDays = [0, 1, 3, 5, 6, 8, 11, 13, 15, 18, 20, 22, 25, 27, 29, 32, 34, 36, 39, 41, 42];
        Assert.Equal(expectedDays, walker.Emails.Select(e => e.CalendarDay));
        Assert.Equal(EmailKind.Welcome, walker.Emails[0].Kind);
        Assert.Equal(new LocalTime(9, 0), walker.Emails[0].Local.TimeOfDay);
        Assert.Equal([6, 13, 20, 27, 34, 41], walker.Emails.Where(e => e.Kind == EmailKind.Checkin).Select(e => e.CalendarDay));
        Assert.Equal(Enumerable.Range(1, 6).Select(w => $"checkin-week-{w}"),
            walker.Emails.Where(e => e.Kind == EmailKind.Checkin).Select(e => e.LessonId));
        Phase[] lessonPhases =
        [
            Phase.Mobility, Phase.Mobility, Phase.Mobility,
            Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength,
            Phase.Return, Phase.Return, Phase.Return, Phase.Return,
        ];
        Assert.Equal(lessonPhases, walker.Lessons.Select(e => e.Phase));
        Assert.Equal((EmailKind.Graduation, Phase.Graduation, 42), (walker.Emails[^1].Kind, walker.Emails[^1].Phase, walker.Emails[^1].CalendarDay));
        Assert.Equal(Enumerable.Repeat(GateDecision.MoveOn, 6), walker.Gates);
        Assert.Equal(EnrollmentStatus.Completed, walker.Enrollment.Status);
        Assert.Equal(Phase.Graduation, walker.Enrollment.Phase);
        Assert.Equal(0, walker.Enrollment.ExtensionDays);
    }

    [Fact]
    public void Walk_NoRepliesAtAll_WaitsForAnAnswerBeforeReturnUntilTheExtensionLimitThenGraduatesOnDay70()
    {
        var walker = Walker().Walk();

        Assert.Equal(70, walker.Emails[^1].CalendarDay);
        Assert.Equal([Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength, Phase.Strength, Phase.Return, Phase.Return],
            walker.Emails.Where(e => e.Kind == EmailKind.Checkin).Skip(1).Select(e => e.Phase).ToList());
        Assert.Equal(EnrollmentStatus.Completed, walker.Enrollment.Status);
    }

    [Fact]
    public void Walk_FlareInWeek3_StepsBackToMobilityForAWeekAndGraduatesAWeekLater()
    {
        var walker = Walker().ReplyOn(13, Signals.Pain(4)).ReplyOn(16, Signals.Flare()).ReplyOn(34, Signals.Pain(3)).Walk();

        var flare = Assert.Single(walker.Emails, e => e.Kind == EmailKind.Flare);
        Assert.Equal((16, new LocalTime(12, 0), Phase.Mobility), (flare.CalendarDay, flare.Local.TimeOfDay, flare.Phase));
        Assert.Equal(Phase.Strength, walker.Lessons.Single(e => e.CalendarDay == 15).Phase);
        var steppedBack = walker.Lessons.Where(e => e.CalendarDay is 18 or 22).ToList();
        Assert.Equal([(18, Phase.Mobility), (22, Phase.Mobility)], steppedBack.Select(e => (e.CalendarDay, e.Phase)));
        Assert.All(steppedBack, e => Assert.StartsWith("mobility-", e.LessonId));
        Assert.Equal(Phase.Strength, walker.Lessons.Single(e => e.CalendarDay == 25).Phase);
        Assert.Equal(49, walker.Emails.Single(e => e.Kind == EmailKind.Graduation).CalendarDay);
        Assert.Equal(1, walker.Enrollment.Flares);
        Assert.Contains(GateDecision.StepBack, walker.Gates);
    }

    [Fact]
    public void Walk_PainUpTwoPointsAtCheckin_CountsAsAFlare()
    {
        var walker = Walker().ReplyOn(20, Signals.Pain(8)).Walk();

        Assert.Single(walker.Emails, e => e.Kind == EmailKind.Flare && e.CalendarDay == 20);
        Assert.Equal([GateDecision.StepBack], walker.Gates);
    }

    [Fact]
    public void Walk_TwoHolds_HoldsMobilityTwoWeeksAndSendsTheProfessionalEmail()
    {
        var walker = Walker().ReplyOn(6, Signals.Pain(7)).ReplyOn(13, Signals.Trending(Trend.Worse)).ReplyOn(41, Signals.Pain(4)).Walk();

        Assert.Equal([GateDecision.Hold, GateDecision.Hold, GateDecision.MoveOn], walker.Gates);
        var professional = Assert.Single(walker.Emails, e => e.Kind == EmailKind.Professional);
        Assert.Equal(13, professional.CalendarDay);
        Assert.Equal(Enumerable.Repeat(Phase.Mobility, 7), walker.Lessons.Where(e => e.CalendarDay < 21).Select(e => e.Phase));
        Assert.Equal(Phase.Strength, walker.Lessons.First(e => e.CalendarDay > 21).Phase);
        Assert.Equal(56, walker.Emails.Single(e => e.Kind == EmailKind.Graduation).CalendarDay);
        Assert.Equal((2, 14), (walker.Enrollment.Holds, walker.Enrollment.ExtensionDays));
    }

    [Fact]
    public void Walk_RedFlagInWeek2_HoldsForSafetyQueuesForACoachAndSendsNothingMore()
    {
        var walker = Walker().ReplyOn(10, Signals.Flags(RedFlag.ChestPain)).Walk();

        var last = walker.Emails[^1];
        Assert.Equal((EmailKind.Safety, "safety-stop", 10), (last.Kind, last.LessonId, last.CalendarDay));
        Assert.Equal(EnrollmentStatus.SafetyHold, walker.Enrollment.Status);
        var item = Assert.Single(walker.CoachItems);
        Assert.Equal((CoachQueueReason.RedFlag, RedFlag.ChestPain), (item.Reason, Assert.Single(item.RedFlags)));
        Assert.DoesNotContain(walker.Emails, e => e.CalendarDay > 10);
    }

    [Fact]
    public void Walk_PauseAndResume_SkipsThePausedDaysAndPicksUpWhereItLeftOff()
    {
        var walker = Walker().ReplyOn(10, Signals.Pause()).ResumeOn(20).ReplyOn(37, Signals.Pain(4)).Walk();

        Assert.Equal(10, Assert.Single(walker.Emails, e => e.Kind == EmailKind.Pause).CalendarDay);
        Assert.Equal(20, Assert.Single(walker.Emails, e => e.Kind == EmailKind.Resume).CalendarDay);
        Assert.DoesNotContain(walker.Emails, e => e.CalendarDay is > 10 and < 20);
        var firstAfter = walker.Emails.First(e => e.CalendarDay > 20);
        Assert.Equal((EmailKind.Lesson, 21, 11), (firstAfter.Kind, firstAfter.CalendarDay, firstAfter.Email.ProgramDay));
        Assert.Equal(52, walker.Emails.Single(e => e.Kind == EmailKind.Graduation).CalendarDay);
        Assert.Equal(10, walker.Enrollment.PausedDays);
        Assert.Equal(EnrollmentStatus.Completed, walker.Enrollment.Status);
    }

    [Fact]
    public void Walk_StopRequest_SendsOnlyTheStopEmailThenNothing()
    {
        var walker = Walker().ReplyOn(9, Signals.Stop()).Walk();

        Assert.Equal(EnrollmentStatus.Stopped, walker.Enrollment.Status);
        Assert.Equal([(EmailKind.Stopped, 9)], walker.Emails.Where(e => e.CalendarDay >= 9).Select(e => (e.Email.Kind, e.CalendarDay)));
    }
}
