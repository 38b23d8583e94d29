using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed class EnrollmentTests
{
    private const string London = "Europe/London";

    private static Enrollment StartedOnMarch2() =>
        Profiles.Pending(new LocalDate(2026, 2, 1)) with { Status = EnrollmentStatus.Active, StartDate = new LocalDate(2026, 3, 2) };

    [Fact]
    public void FromRequest_ValidSignUp_IsPendingWithTheProfileScore()
    {
        var enrollment = Enrollment.FromRequest("e9", Profiles.Request(new LocalDate(2026, 2, 1), "Pacific/Auckland", 8, pain: 7));

        Assert.Equal(("e9", EnrollmentStatus.Pending, "Pacific/Auckland", 8, 7),
            (enrollment.Id, enrollment.Status, enrollment.TimeZoneId, enrollment.SendHour, enrollment.LatestPain));
        Assert.Null(enrollment.ConfirmedAt);
    }

    [Theory]
    [InlineData(2, 0, 0)]
    [InlineData(8, 23, 6)]
    [InlineData(9, 0, 7)]
    public void ProgramDayAt_CountsLocalDates(int day, int hour, int expected) =>
        Assert.Equal(expected, StartedOnMarch2().ProgramDayAt(Profiles.Local(London, 2026, 3, day, hour)));

    [Fact]
    public void ProgramDayAt_BeforeTheStart_IsDayZero() =>
        Assert.Equal(0, StartedOnMarch2().ProgramDayAt(Profiles.Local(London, 2026, 2, 27, 12)));

    [Fact]
    public void ProgramDayAt_WhilePaused_StaysOnThePauseDay()
    {
        var paused = StartedOnMarch2() with { Status = EnrollmentStatus.Paused, PausedOn = new LocalDate(2026, 3, 6) };

        Assert.Equal(4, paused.ProgramDayAt(Profiles.Local(London, 2026, 3, 20, 12)));
    }

    [Fact]
    public void ProgramDayAt_AfterAPause_SkipsThePausedDays()
    {
        var resumed = StartedOnMarch2() with { PausedDays = 10 };

        Assert.Equal(8, resumed.ProgramDayAt(Profiles.Local(London, 2026, 3, 20, 12)));
        Assert.Equal(new LocalDate(2026, 3, 20), resumed.DateOf(8));
    }

    [Fact]
    public void ProgramWeekAt_Day7_IsWeek2() =>
        Assert.Equal(2, StartedOnMarch2().ProgramWeekAt(Profiles.Local(London, 2026, 3, 9, 12)));

    [Fact]
    public void DateOf_NotStarted_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Profiles.Pending(new LocalDate(2026, 2, 1)).DateOf(3));

    [Fact]
    public void WithRevealed_AddsToWhatWasKnown()
    {
        var enrollment = StartedOnMarch2().WithRevealed([Trigger.Sleep], [Area.Shoulder]).WithRevealed([Trigger.Stress], []);

        Assert.Equal([Trigger.Sleep, Trigger.Stress], enrollment.RevealedTriggers.Order());
        Assert.Equal([Area.Shoulder], enrollment.RevealedAreas);
    }

    [Fact]
    public void AdvanceToAndWithStatus_ReturnNewValues()
    {
        var original = StartedOnMarch2();

        var changed = original.AdvanceTo(Phase.Return).WithStatus(EnrollmentStatus.Paused);

        Assert.Equal((Phase.Return, EnrollmentStatus.Paused), (changed.Phase, changed.Status));
        Assert.Equal((Phase.Mobility, EnrollmentStatus.Active), (original.Phase, original.Status));
    }

    [Fact]
    public void HasSent_AfterWithSent_IsTrue()
    {
        var enrollment = StartedOnMarch2().WithSent(new(EmailKind.Lesson, "mobility-01", Phase.Mobility, 1, Instant.FromUnixTimeSeconds(0)));

        Assert.True(enrollment.HasSent("mobility-01"));
        Assert.False(enrollment.HasSent("mobility-02"));
    }
}
