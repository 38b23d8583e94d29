using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Tests.Support;

namespace PainDrip.Core.Tests.Coaching;

/// <summary>
/// The scheduler's contract, as a property: a timer that ticks every 1 to 15 minutes (at most <see cref="SendTimes.TimerGrace"/>) but has outages of any length
/// (an outage over the send day, a 21:00 slot read late, a demo clock jump) never stalls a person.
/// </summary>
public sealed class ProgramStallPropertyTests
{
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];
    private static readonly ProgramPlanner Planner = new(LessonLibraryBuilder.Standard());

    /// <summary>One timer outage: it starts this many minutes after the previous one ended and lasts this long.</summary>
    private sealed record Outage(int StartsAfterMinutes, int LastsMinutes);

    private static Gen<Outage> Outages =>
        from after in Gen.Choose(0, 6 * 24 * 60)
        from lasts in Gen.Choose(1, 4 * 24 * 60)
        select new Outage(after, lasts);

    private static Gen<(int Hour, string Zone, int Period, Outage[] Outages)> Runs =>
        from hour in Gen.Choose(6, 21)
        from zone in Gen.Elements(Zones)
        from period in Gen.Elements(1, 5, 15)
        from outages in Outages.ArrayOf()
        select (hour, zone, period, outages);

    [Fact]
    public void TimerWithOutages_AnySequence_EveryPersonGraduates()
    {
        Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            var (emails, finished) = Walk(run.Hour, run.Zone, run.Period, run.Outages);
            var outageDays = run.Outages.Sum(o => o.LastsMinutes) / (24 * 60) + run.Outages.Length;
            // Program emails go at most one a day: the outages may cost their own days and nothing more.
            var days = (finished.Sent[^1].SentAt - finished.Sent[0].SentAt).TotalDays;
            return (finished.Status == EnrollmentStatus.Completed
                && emails.Count(e => e == EmailKind.Graduation) == 1
                && days <= finished.Timeline.GraduationDay + outageDays + 4)
                .Label($"{finished.Status} after {finished.Sent.Count} emails over {days:F1} days ({outageDays} outage days; hour {run.Hour} {run.Zone} every {run.Period} min)");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void TimerWithOutages_TwentyOneHundredSlotReadLateEveryDay_StillGraduates()
    {
        var (_, finished) = Walk(21, "Europe/London", 7, []);

        Assert.Equal(EnrollmentStatus.Completed, finished.Status);
        Assert.Equal(33, finished.Sent.Count);
    }

    [Fact]
    public void TimerWithOutages_ThreeDayOutageOverALesson_SendsAtTheNextAllowedHourThenOneADay()
    {
        // Confirmed Monday 2 March 09:00; the timer is down from Tuesday 00:00 to Thursday 12:00.
        var (_, finished) = Walk(7, "Europe/London", 5, [new Outage(15 * 60, 60 * 60)]);

        var afterOutage = finished.Sent.Skip(1).Take(3)
            .Select(s => s.SentAt.InZone(finished.Zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm", null)).ToList();
        Assert.Equal(["2026-03-05 12:00", "2026-03-06 07:00", "2026-03-07 07:00"], afterOutage);
    }

    /// <summary>Runs the timer: it ticks every <paramref name="period"/> minutes from confirmation, except in outages.</summary>
    private static (List<EmailKind> Emails, Enrollment Finished) Walk(int hour, string zone, int period, Outage[] outages)
    {
        var confirmed = Profiles.Local(zone, 2026, 3, 2, 9);
        var enrollment = Planner.Start(Profiles.Pending(new LocalDate(2026, 2, 1), zone, hour), confirmed);
        var down = DownTimes(confirmed, outages);
        var emails = new List<EmailKind>();
        var now = confirmed;
        for (var guard = 0; guard < 500 && Planner.PlanNext(enrollment, now) is { } next; guard++)
        {
            now = NextTick(confirmed, Max(next.Due, now), period, down);
            if (Planner.PlanNext(enrollment, now) is { } due && due.IsDueAt(now))
            {
                enrollment = Planner.RecordSent(enrollment, due, now);
                emails.Add(due.Kind);
            }
        }
        return (emails, enrollment);
    }

    private static List<(Instant From, Instant To)> DownTimes(Instant confirmed, Outage[] outages)
    {
        var list = new List<(Instant, Instant)>();
        var cursor = confirmed;
        foreach (var outage in outages)
        {
            var from = cursor + Duration.FromMinutes(outage.StartsAfterMinutes);
            cursor = from + Duration.FromMinutes(outage.LastsMinutes);
            list.Add((from, cursor));
        }
        return list;
    }

    /// <summary>The first timer tick at or after <paramref name="at"/> that is not inside an outage.</summary>
    private static Instant NextTick(Instant origin, Instant at, int period, List<(Instant From, Instant To)> down)
    {
        var tick = Duration.FromMinutes(period);
        var t = origin + tick * Math.Ceiling((at - origin) / tick);
        foreach (var (from, to) in down)
        {
            if (t >= from && t < to)
            {
                t = origin + tick * Math.Ceiling((to - origin) / tick);
            }
        }
        return t;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
