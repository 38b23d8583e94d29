using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;
using PainDrip.Infrastructure.Content;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Content;

/// <summary>The real planner and picker over the real lesson library (content/lessons), one six-week run per profile.</summary>
public sealed class ProgramOverRealLibraryTests
{
    private static readonly MarkdownLessonLibrary Library = MarkdownLessonLibrary.Load(Path.Combine(RepoPaths.Root, "content", "lessons"));
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate Start = new(2026, 3, 2);

    private static readonly Trigger[][] TriggerProfiles =
    [
        .. Enum.GetValues<Trigger>().Select(t => new[] { t }),
        [Trigger.DeskPosture, Trigger.PhoneUse],
        [Trigger.DeskPosture, Trigger.Stress],
        [Trigger.Lifting, Trigger.SportsExercise],
        [Trigger.Sleep, Trigger.Stress],
        [Trigger.RepetitiveWork, Trigger.Lifting],
    ];

    public static TheoryData<Trigger[]> Profiles() => new(TriggerProfiles);

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Walk_EachTriggerProfile_GetsItsOwnTriggerLessonsFirstAndNoRepeats(Trigger[] triggers)
    {
        var lessons = Walk(triggers, onset: Start.PlusDays(-30)).Where(e => e.Kind == EmailKind.Lesson).ToList();

        Assert.Equal(lessons.Count, lessons.Select(e => e.LessonId).Distinct().Count());
        foreach (var trigger in triggers)
        {
            var tag = LessonTags.ToTag(trigger);
            Assert.True(lessons.Count(e => Find(e).HasTag(tag)) >= 2, $"{tag}: fewer than two of its own lessons");
        }
        var triggerTags = triggers.Select(LessonTags.ToTag).ToHashSet();
        foreach (var phase in new[] { Phase.Mobility, Phase.Strength, Phase.Return })
        {
            // The strength phase opens with a strengthening exercise whatever the triggers; the rest follow the rule.
            var inPhase = lessons.Where(e => Find(e).Phase == phase).Skip(phase == Phase.Strength ? 1 : 0)
                .Select(e => Find(e).Tags.Any(triggerTags.Contains)).ToList();
            Assert.NotEmpty(inPhase);
            var lastTriggerLesson = inPhase.LastIndexOf(true);
            Assert.True(lastTriggerLesson < 0 || !inPhase.Take(lastTriggerLesson).Contains(false),
                $"{phase}: a lesson without the person's trigger came before one with it");
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Walk_EachTriggerProfile_FirstStrengthExerciseInWeek2AndNoSportLessonUnnamed(Trigger[] triggers)
    {
        var lessons = Walk(triggers, onset: Start.PlusDays(-30)).Where(e => e.Kind == EmailKind.Lesson).ToList();

        var firstStrength = lessons.First(e => Find(e).HasTag("strength"));
        Assert.InRange(firstStrength.ProgramDay, 7, 13);
        Assert.DoesNotContain(lessons, e => Find(e).Tags.Any(t => t is "running" or "swimming" or "racket_sports"));
    }

    [Fact]
    public void Walk_EveryTriggerProfile_EveryLessonComesAfterTheLessonsItRefersTo()
    {
        var checkedLessons = 0;
        foreach (var triggers in TriggerProfiles)
        {
            var sent = Walk(triggers, onset: Start.PlusDays(-30)).Select(e => e.LessonId).ToList();
            var withRefers = sent.Select((id, index) => (Lesson: Library.Find(id)!, Index: index))
                .Where(x => x.Lesson.Refers.Count > 0).ToList();
            foreach (var (lesson, index) in withRefers)
            {
                var missing = lesson.Refers.Where(r => !sent.Take(index).Contains(r)).ToList();
                Assert.True(missing.Count == 0, $"{string.Join("+", triggers)}: {lesson.Id} went out before {string.Join(", ", missing)}");
            }
            checkedLessons += withRefers.Count;
        }

        Assert.True(checkedLessons > 0, "no lesson with refers was sent, so the rule was not exercised");
    }

    [Fact]
    public void Walk_RunnerWhoSaysSo_GetsRunningNotSwimmingAndTennis()
    {
        var ids = Walk([Trigger.SportsExercise], onset: Start.PlusDays(-30), sports: ["running"]).Select(e => e.LessonId).ToList();

        Assert.Contains("return-running", ids);
        Assert.DoesNotContain("return-swimming-and-racket-sports", ids);
    }

    [Fact]
    public void Walk_AcuteLifter_ColdWithinADayThenWhatToSkipAndNoHeatBefore48Hours()
    {
        var emails = Walk([Trigger.Lifting], onset: Start.PlusDays(-1));

        Assert.Equal(
            [(EmailKind.Welcome, "special-welcome", 0), (EmailKind.Lesson, "calm-cold-twenty-on-twenty-off", 1), (EmailKind.Lesson, "calm-what-to-skip-for-now", 2)],
            emails.Take(3).Select(e => (e.Kind, e.LessonId, e.ProgramDay)));
        var firstHeat = emails.First(e => Library.Find(e.LessonId)!.HasTag("heat"));
        Assert.True(firstHeat.SentAt.InZone(London).Date >= Start.PlusDays(2), "heat within 48 hours of onset");
    }

    private static Lesson Find(SentEmail email) => Library.Find(email.LessonId)!;

    /// <summary>Walks one profile from confirmation to graduation, answering every check-in with a falling score.</summary>
    private static IReadOnlyList<SentEmail> Walk(Trigger[] triggers, LocalDate onset, string[]? sports = null)
    {
        var planner = new ProgramPlanner(Library);
        var profile = new SymptomProfile([Area.UpperBack], Side.Both, null, onset, 6, Severity.Moderate, triggers, []);
        var pending = Enrollment.FromRequest("e1", new EnrollmentRequest("sam@example.com", "Sam", "Europe/London", 8, true, profile));
        var now = London.AtStrictly(Start.At(new LocalTime(9, 0))).ToInstant();
        var enrollment = planner.Start(pending, now);
        var pain = 6;
        for (var step = 0; step < 200 && planner.PlanNext(enrollment, now) is { } next; step++)
        {
            now = next.Due > now ? next.Due : now;
            enrollment = planner.RecordSent(enrollment, next, now);
            if (next.Kind == EmailKind.Checkin)
            {
                pain = Math.Max(1, pain - 1);
                var signal = ReplySignal.Empty with { PainScore = pain, Sports = new HashSet<string>(sports ?? []) };
                var outcome = planner.ApplyReply(enrollment, signal, now + Duration.FromHours(4));
                enrollment = outcome.SendNow.Aggregate(outcome.Enrollment, (e, email) => planner.RecordSent(e, email, now + Duration.FromHours(4)));
            }
        }
        Assert.Equal(EnrollmentStatus.Completed, enrollment.Status);
        return enrollment.Sent;
    }
}
