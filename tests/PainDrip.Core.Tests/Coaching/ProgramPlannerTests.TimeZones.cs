using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

public sealed partial class ProgramPlannerTests
{
    [Theory]
    [InlineData(2026, 3, 23, 7, 6)]
    [InlineData(2026, 10, 19, 6, 7)]
    public void Walk_AcrossLondonClockChange_KeepsTheLocalSendHour(int year, int month, int day, int utcHourBefore, int utcHourAfter)
    {
        var walker = Walker(start: new LocalDate(year, month, day)).ReplyOn(27, Signals.Pain(4)).Walk();

        var scheduled = walker.Emails.Where(e => e.Kind != EmailKind.Welcome).ToList();
        Assert.All(scheduled, e => Assert.Equal(new LocalTime(7, 0), e.Local.TimeOfDay));
        Assert.Equal(utcHourBefore, scheduled.First().SentAt.InUtc().Hour);
        Assert.Equal(utcHourAfter, scheduled.Last().SentAt.InUtc().Hour);
        Assert.Equal(42, walker.Emails[^1].CalendarDay);
    }

    [Fact]
    public void Walk_InAuckland_SendsAtTheLocalHourThroughTheAprilClockChange()
    {
        var walker = Walker("Pacific/Auckland", 8, new LocalDate(2026, 3, 30)).ReplyOn(6, Signals.Pain(5)).ReplyOn(27, Signals.Pain(4)).Walk();

        var scheduled = walker.Emails.Where(e => e.Kind != EmailKind.Welcome).ToList();
        Assert.All(scheduled, e => Assert.Equal(new LocalTime(8, 0), e.Local.TimeOfDay));
        Assert.Equal(Offset.FromHours(13), walker.Enrollment.Zone.GetUtcOffset(scheduled.First().SentAt));
        Assert.Equal(Offset.FromHours(12), walker.Enrollment.Zone.GetUtcOffset(scheduled.Last().SentAt));
        Assert.Equal(new LocalDate(2026, 5, 11), walker.Emails[^1].Local.Date);
        Assert.Equal(EnrollmentStatus.Completed, walker.Enrollment.Status);
    }

    [Theory]
    [InlineData("Europe/London", 6)]
    [InlineData("Europe/London", 21)]
    [InlineData("Pacific/Auckland", 21)]
    [InlineData("America/Los_Angeles", 6)]
    [InlineData("Asia/Kolkata", 13)]
    [InlineData("Australia/Lord_Howe", 21)]
    public void Walk_AnyZoneAndHour_NeverSendsAtNight(string zone, int sendHour)
    {
        var walker = Walker(zone, sendHour, new LocalDate(2026, 3, 16))
            .ReplyOn(9, Signals.Flare()).ReplyOn(13, Signals.Pain(8)).ReplyOn(15, Signals.Pause()).ResumeOn(17).Walk();

        Assert.NotEmpty(walker.Emails);
        Assert.All(walker.Emails, e => Assert.InRange(e.Local.TimeOfDay, new LocalTime(6, 0), new LocalTime(21, 0)));
        Assert.All(walker.Emails.Where(e => e.Email.IsScheduled && e.Kind != EmailKind.Welcome),
            e => Assert.Equal(new LocalTime(sendHour, 0), e.Local.TimeOfDay));
    }

    [Theory]
    [InlineData("Europe/London", 21)]
    [InlineData("Pacific/Auckland", 21)]
    [InlineData("Europe/London", 6)]
    public void Walk_TimerRunsSecondsAfterTheQuarterHour_StillSendsEverySlotAtItsHour(string zone, int sendHour)
    {
        var walker = Walker(zone, sendHour, new LocalDate(2026, 3, 16)).Walk(late: Duration.FromSeconds(3));

        Assert.Equal(EnrollmentStatus.Completed, walker.Enrollment.Status);
        Assert.All(walker.Emails.Where(e => e.Email.IsScheduled && e.Kind != EmailKind.Welcome),
            e => Assert.InRange(e.Local.TimeOfDay, new LocalTime(sendHour, 0), new LocalTime(sendHour, 0, 3)));
    }
}
