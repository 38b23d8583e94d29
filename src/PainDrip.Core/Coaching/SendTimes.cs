using NodaTime;
using NodaTime.TimeZones;

namespace PainDrip.Core.Coaching;

/// <summary>Turns program days into instants in the person's zone, at their hour, never at night.</summary>
internal static class SendTimes
{
    /// <summary>The earliest local time an email may go out.</summary>
    public static readonly LocalTime DayStarts = new(6, 0);

    /// <summary>The latest local time an email may go out.</summary>
    public static readonly LocalTime DayEnds = new(21, 0);

    /// <summary>How late the scheduler may be and still send at the planned slot: one timer period.</summary>
    /// <remarks>A 21:00 slot is always read a little after 21:00; without this grace it would roll to the next day, forever.</remarks>
    public static readonly Duration TimerGrace = Duration.FromMinutes(15);

    /// <summary>The person's send hour on a local date.</summary>
    /// <remarks>Send hours lie in daytime, where DST changes rarely fall; if one does, the lenient resolver takes
    /// the earlier of two repeated times and moves a skipped time forward by the gap, so the email is never lost.</remarks>
    public static Instant AtSendHour(Enrollment enrollment, LocalDate date) =>
        enrollment.Zone.ResolveLocal(date.At(new LocalTime(enrollment.SendHour, 0)), Resolvers.LenientResolver).ToInstant();

    /// <summary>Whether an instant falls in the person's daytime (06:00–21:00 local, both ends included).</summary>
    public static bool IsDaytime(Enrollment enrollment, Instant instant)
    {
        var time = instant.InZone(enrollment.Zone).TimeOfDay;
        return time >= DayStarts && time <= DayEnds;
    }

    /// <summary>"At once" for program emails: <paramref name="now"/> in daytime, otherwise the next send hour.</summary>
    public static Instant AtOnceInDaytime(Enrollment enrollment, Instant now) =>
        IsDaytime(enrollment, now) ? now : NextSendHour(enrollment, now);

    /// <summary>When an email planned for <paramref name="planned"/> should go, if the scheduler is only now getting to it.</summary>
    /// <remarks>Within <see cref="TimerGrace"/> of a daytime slot it keeps the slot (so goes now). A slot missed for
    /// longer (a timer outage, a late read, a clock jump) goes at once if it is daytime (06:00 to 21:00 plus
    /// <see cref="TimerGrace"/>, so a 21:00 send hour read a few minutes late still counts) and no program email went
    /// out today; otherwise at the next send hour. The answer is stable: asked again at the instant it returned, it
    /// returns that instant, so a missed slot is never pushed back day after day, and a backlog still goes out one
    /// email a day rather than in a burst.</remarks>
    public static Instant CatchUp(Enrollment enrollment, Instant planned, Instant now)
    {
        if (planned >= now || (now - planned <= TimerGrace && IsDaytime(enrollment, planned)))
        {
            return planned;
        }
        var today = now.InZone(enrollment.Zone).Date;
        if (SentProgramEmailOn(enrollment, today))
        {
            return AtSendHour(enrollment, today.PlusDays(1));
        }
        return IsCatchUpTime(enrollment, now) ? now : NextSendHour(enrollment, now);
    }

    private static bool IsCatchUpTime(Enrollment enrollment, Instant now)
    {
        var time = now.InZone(enrollment.Zone).TimeOfDay;
        return time >= DayStarts && time <= DayEnds.Plus(Period.FromMinutes((long)TimerGrace.TotalMinutes));
    }

    private static bool SentProgramEmailOn(Enrollment enrollment, LocalDate date) =>
        enrollment.Sent.Any(s => PlannedEmail.IsScheduledKind(s.Kind) && s.SentAt.InZone(enrollment.Zone).Date == date);

    /// <summary>The first send hour strictly after <paramref name="now"/>.</summary>
    public static Instant NextSendHour(Enrollment enrollment, Instant now)
    {
        var today = now.InZone(enrollment.Zone).Date;
        var candidate = AtSendHour(enrollment, today);
        return candidate > now ? candidate : AtSendHour(enrollment, today.PlusDays(1));
    }
}
