using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed class LessonPickerTests
{
    private static readonly Instant Sometime = Instant.FromUnixTimeSeconds(1_700_000_000);

    private static Enrollment DeskWorker() => Profiles.Pending(new LocalDate(2026, 2, 1));

    private static Enrollment Sent(Enrollment enrollment, params string[] ids) =>
        ids.Aggregate(enrollment, (e, id) => e.WithSent(new(EmailKind.Lesson, id, Phase.Mobility, 1, Sometime)));

    [Fact]
    public void PhaseLesson_MatchingTags_ComeBeforeGeneralOnes()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Lesson("general-1", Phase.Mobility, 1, LessonTags.General)
            .Lesson("sports-2", Phase.Mobility, 2, "sports_exercise")
            .Lesson("desk-3", Phase.Mobility, 3, "desk_posture").Build());

        Assert.Equal("desk-3", picker.PhaseLesson(DeskWorker(), Phase.Mobility)!.Id);
        Assert.Equal("general-1", picker.PhaseLesson(Sent(DeskWorker(), "desk-3"), Phase.Mobility)!.Id);
        Assert.Equal("sports-2", picker.PhaseLesson(Sent(DeskWorker(), "desk-3", "general-1"), Phase.Mobility)!.Id);
    }

    [Fact]
    public void PhaseLesson_RefersNotYetSent_SkippedUntilSent()
    {
        var basic = new Lesson("squeeze", Phase.Mobility, EmailKind.Lesson, ["desk_posture"], "T", "S", 2, "B");
        var follow = new Lesson("follow-up", Phase.Mobility, EmailKind.Lesson, ["desk_posture", "posture"], "T", "S", 1, "B")
        {
            Refers = ["squeeze"],
        };
        var picker = new LessonPicker(new InMemoryLessonLibrary([follow, basic]));

        Assert.Equal("squeeze", picker.PhaseLesson(DeskWorker(), Phase.Mobility)!.Id);
        Assert.Equal("follow-up", picker.PhaseLesson(Sent(DeskWorker(), "squeeze"), Phase.Mobility)!.Id);
    }

    [Fact]
    public void PhaseLesson_OnlyLessonHasUnmetRefers_NoneFromThatPhase()
    {
        var follow = new Lesson("follow-up", Phase.Mobility, EmailKind.Lesson, ["general"], "T", "S", 1, "B")
        {
            Refers = ["elsewhere"],
        };
        var picker = new LessonPicker(new InMemoryLessonLibrary([follow]));

        Assert.Null(picker.PhaseLesson(DeskWorker(), Phase.Mobility));
        Assert.Equal("follow-up", picker.PhaseLesson(Sent(DeskWorker(), "elsewhere"), Phase.Mobility)!.Id);
    }

    [Fact]
    public void PhaseLesson_MoreMatches_WinOverFewer()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Lesson("neck-1", Phase.Strength, 1, "neck")
            .Lesson("desk-and-neck-2", Phase.Strength, 2, "desk_posture", "neck").Build());

        Assert.Equal("desk-and-neck-2", picker.PhaseLesson(DeskWorker(), Phase.Strength)!.Id);
    }

    [Fact]
    public void PhaseLesson_TriggerRevealedByAReply_IsPreferred()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Lesson("general-1", Phase.Strength, 1, LessonTags.General)
            .Lesson("sleep-2", Phase.Strength, 2, "sleep").Build());
        var enrollment = DeskWorker().WithRevealed([Trigger.Sleep], []);

        Assert.Equal("general-1", picker.PhaseLesson(DeskWorker(), Phase.Strength)!.Id);
        Assert.Equal("sleep-2", picker.PhaseLesson(enrollment, Phase.Strength)!.Id);
    }

    [Fact]
    public void PhaseLesson_TopicTagsOnly_CountAsSuitingEveryone()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Lesson("lifting-1", Phase.Return, 1, "lifting")
            .Lesson("heat-2", Phase.Return, 2, "heat").Build());

        Assert.Equal("heat-2", picker.PhaseLesson(DeskWorker(), Phase.Return)!.Id);
    }

    [Fact]
    public void PhaseLesson_PhaseUsedUp_FallsBackToAGentlerPhaseNeverALaterOne()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Lesson("mobility-1", Phase.Mobility, 1)
            .Lesson("strength-1", Phase.Strength, 1)
            .Lesson("return-1", Phase.Return, 1).Build());
        var enrollment = Sent(DeskWorker(), "strength-1");

        Assert.Equal("mobility-1", picker.PhaseLesson(enrollment, Phase.Strength)!.Id);
        Assert.Null(picker.PhaseLesson(Sent(enrollment, "mobility-1"), Phase.Strength));
    }

    [Fact]
    public void Checkin_FollowsThePhaseAndAnExtraWeekGetsTheExtraWeekCheckin()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Add("strength-3", Phase.Strength, EmailKind.Checkin, 3, LessonTags.General)
            .Add("strength-2", Phase.Strength, EmailKind.Checkin, 2, LessonTags.General)
            .Add("mobility-1", Phase.Mobility, EmailKind.Checkin, 1, LessonTags.General)
            .Add("strength-extra", Phase.Strength, EmailKind.Checkin, 9, LessonTags.General, LessonTags.ExtraWeek).Build());
        var held = DeskWorker() with { LastGate = GateDecision.Hold };

        Assert.Equal("mobility-1", picker.Checkin(DeskWorker(), Phase.Mobility)!.Id);
        Assert.Equal("strength-2", picker.Checkin(DeskWorker(), Phase.Strength)!.Id);
        Assert.Equal("strength-3", picker.Checkin(Sent(DeskWorker(), "strength-2"), Phase.Strength)!.Id);
        Assert.Equal("strength-extra", picker.Checkin(held, Phase.Strength)!.Id);
        Assert.Equal("strength-extra", picker.Checkin(held with { LastGate = GateDecision.WaitForAnswer }, Phase.Strength)!.Id);
    }

    [Fact]
    public void Special_PhaseSpecificVersion_WinsOverTheAnyPhaseOne()
    {
        var picker = new LessonPicker(new LessonLibraryBuilder()
            .Add("flare-any", null, EmailKind.Flare, 0)
            .Add("flare-strength", Phase.Strength, EmailKind.Flare, 0).Build());

        Assert.Equal("flare-strength", picker.Special(DeskWorker(), EmailKind.Flare, Phase.Strength)!.Id);
        Assert.Equal("flare-any", picker.Special(DeskWorker(), EmailKind.Flare, Phase.Mobility)!.Id);
        Assert.Null(picker.Special(DeskWorker(), EmailKind.Safety, Phase.Mobility));
    }

    [Fact]
    public void Pick_ByKind_UsesTheMatchingRule()
    {
        var picker = new LessonPicker(LessonLibraryBuilder.Standard());

        Assert.Equal("welcome", picker.Pick(DeskWorker(), EmailKind.Welcome, Phase.Mobility)!.Id);
        Assert.Equal("checkin-week-1", picker.Pick(DeskWorker(), EmailKind.Checkin, Phase.Mobility)!.Id);
        Assert.Equal("graduation", picker.Pick(DeskWorker(), EmailKind.Graduation, Phase.Graduation)!.Id);
        Assert.Equal("see-a-professional", picker.Pick(DeskWorker(), EmailKind.Professional, Phase.Strength)!.Id);
    }
}
