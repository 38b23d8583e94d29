using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Replies;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    [Fact]
    public void Walk_HoldsAndFlaresToTheLimit_NeverRepeatsALesson()
    {
        var walker = Walker();
        foreach (var day in new[] { 6, 13, 20, 27 })
        {
            walker.ReplyOn(day, Signals.Pain(7, Trend.Same));
        }
        walker.ReplyOn(30, Signals.Flare()).ReplyOn(44, Signals.Flare()).Walk(120);

        var lessonIds = walker.Lessons.Select(e => e.LessonId).ToList();
        Assert.Equal(lessonIds.Distinct().Count(), lessonIds.Count);
        // Pain of 7 holds the phase: four holds fill the 28 days the program may grow by; the two flares then add nothing.
        Assert.Equal(70, walker.Enrollment.Timeline.GraduationDay);
        Assert.Equal(EnrollmentStatus.Completed, walker.Enrollment.Status);
    }

    [Fact]
    public void Walk_TinyLibrary_SkipsEmptySlotsRatherThanRepeating()
    {
        var library = new LessonLibraryBuilder().WithSpecials()
            .Lesson("mobility-a", Phase.Mobility, 1).Lesson("strength-a", Phase.Strength, 1).Lesson("return-a", Phase.Return, 1).Build();
        var walker = new ProgramWalker(library, Profiles.Pending(new LocalDate(2026, 2, 1)), Profiles.Local("Europe/London", 2026, 3, 2, 9)).Walk();

        Assert.Equal(["mobility-a", "strength-a", "return-a"], walker.Lessons.Select(e => e.LessonId));
        Assert.Equal(EmailKind.Graduation, walker.Emails[^1].Kind);
    }

    [Fact]
    public void Walk_DeskWorker_GetsMatchingLessonsFirstInEachPhase()
    {
        var walker = Walker().Walk();

        // The desk profile's trigger desk_posture (lessons 02 and 10) comes before its areas neck and
        // between_shoulder_blades (lessons 04 and 08).
        Assert.Equal(["mobility-02", "mobility-04", "mobility-08"], walker.Lessons.Take(3).Select(e => e.LessonId));
        Assert.Equal(["strength-02", "strength-10", "strength-04", "strength-08"], walker.Lessons.Skip(3).Take(4).Select(e => e.LessonId));
    }

    [Fact]
    public void Walk_ReplyRevealsSleep_BringsSleepLessonsForward()
    {
        var walker = Walker().ReplyOn(6, Signals.Revealing(Trigger.Sleep) with { PainScore = 4 }).Walk();

        Assert.Contains("strength-03", walker.Lessons.Skip(3).Take(5).Select(e => e.LessonId));
    }
}
