using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    private const string London = "Europe/London";
    private static readonly LocalDate OldOnset = new(2026, 2, 1);
    private readonly ProgramPlanner _planner = new(LessonLibraryBuilder.Standard());

    private Enrollment Started(int hour = 9, LocalDate? onset = null) =>
        _planner.Start(Profiles.Pending(onset ?? OldOnset), Profiles.Local(London, 2026, 3, 2, hour));

    [Fact]
    public void Start_ConfirmedInDaytime_ActivatesAndPlansTheWelcomeAtOnce()
    {
        var confirmed = Profiles.Local(London, 2026, 3, 2, 9, 30);
        var enrollment = _planner.Start(Profiles.Pending(OldOnset), confirmed);

        var welcome = _planner.PlanNext(enrollment, confirmed);

        Assert.Equal(EnrollmentStatus.Active, enrollment.Status);
        Assert.Equal(new LocalDate(2026, 3, 2), enrollment.StartDate);
        Assert.Equal((EmailKind.Welcome, "welcome", confirmed, 0), (welcome!.Kind, welcome.LessonId, welcome.Due, welcome.ProgramDay));
    }

    [Fact]
    public void Start_ConfirmedLateAtNight_WelcomesAtTheNextSendHourAndStartsThatDay()
    {
        var confirmed = Profiles.Local(London, 2026, 3, 2, 23, 30);
        var enrollment = _planner.Start(Profiles.Pending(OldOnset), confirmed);

        var welcome = _planner.PlanNext(enrollment, confirmed);

        Assert.Equal(new LocalDate(2026, 3, 3), enrollment.StartDate);
        Assert.Equal(Profiles.Local(London, 2026, 3, 3, 7), welcome!.Due);
    }

    [Theory]
    [InlineData(2, Phase.Calm)]
    [InlineData(1, Phase.Calm)]
    [InlineData(0, Phase.Mobility)]
    public void Start_OnsetDate_DecidesWhetherTheCalmPhaseComesFirst(int onsetDay, Phase expected)
    {
        var enrollment = Started(onset: new LocalDate(2026, 2, 28).PlusDays(onsetDay));

        Assert.Equal(expected, enrollment.Phase);
        Assert.Equal(42, enrollment.Timeline.GraduationDay);
    }

    [Fact]
    public void Start_CalledTwice_LeavesTheFirstStartAlone()
    {
        var enrollment = Started();

        Assert.Same(enrollment, _planner.Start(enrollment, Profiles.Local(London, 2026, 3, 9, 9)));
    }

    [Theory]
    [InlineData(EnrollmentStatus.Pending)]
    [InlineData(EnrollmentStatus.Paused)]
    [InlineData(EnrollmentStatus.SafetyHold)]
    [InlineData(EnrollmentStatus.Stopped)]
    [InlineData(EnrollmentStatus.Completed)]
    public void PlanNext_NotActive_PlansNothing(EnrollmentStatus status)
    {
        var enrollment = Started().WithStatus(status);

        Assert.Null(_planner.PlanNext(enrollment, Profiles.Local(London, 2026, 3, 2, 10)));
    }

    [Fact]
    public void PlanNext_SchedulerLateOnTheSameDay_SendsAtOnce()
    {
        var enrollment = SentThroughWelcome();
        var late = Profiles.Local(London, 2026, 3, 3, 10, 15);

        var next = _planner.PlanNext(enrollment, late);

        Assert.Equal((EmailKind.Lesson, 1, late), (next!.Kind, next.ProgramDay, next.Due));
    }

    [Fact]
    public void PlanNext_SchedulerMissedAWholeDay_WaitsForTheNextSendHour()
    {
        var enrollment = SentThroughWelcome();

        var next = _planner.PlanNext(enrollment, Profiles.Local(London, 2026, 3, 4, 22));

        Assert.Equal(Profiles.Local(London, 2026, 3, 5, 7), next!.Due);
    }

    [Fact]
    public void RecordSent_Checkin_WaitsForItsAnswer()
    {
        var enrollment = Started();
        var checkin = new PlannedEmail(EmailKind.Checkin, "checkin-week-1", Phase.Mobility, Profiles.Local(London, 2026, 3, 8, 7), 6);

        var sent = _planner.RecordSent(enrollment, checkin, checkin.Due);

        Assert.True(sent.AwaitingCheckin);
        Assert.Equal(6, sent.LastSlotDay);
        Assert.Equal(["checkin-week-1"], sent.SentLessonIds);
    }

    [Fact]
    public void RecordSent_Graduation_CompletesTheProgram()
    {
        var graduation = new PlannedEmail(EmailKind.Graduation, "graduation", Phase.Graduation, Profiles.Local(London, 2026, 4, 13, 7), 42);

        var sent = _planner.RecordSent(Started(), graduation, graduation.Due);

        Assert.Equal((EnrollmentStatus.Completed, Phase.Graduation), (sent.Status, sent.Phase));
    }

    [Fact]
    public void RecordSent_AnswerToAReply_LeavesTheScheduleAlone()
    {
        var enrollment = SentThroughWelcome();
        var flare = new PlannedEmail(EmailKind.Flare, "flare-up", Phase.Calm, Profiles.Local(London, 2026, 3, 2, 12), 0);

        var sent = _planner.RecordSent(enrollment, flare, flare.Due);

        Assert.Equal((0, Phase.Mobility), (sent.LastSlotDay, sent.Phase));
        Assert.Equal(2, sent.Sent.Count);
    }

    private Enrollment SentThroughWelcome()
    {
        var enrollment = Started();
        var welcome = _planner.PlanNext(enrollment, enrollment.ConfirmedAt!.Value)!;
        return _planner.RecordSent(enrollment, welcome, welcome.Due);
    }
}
