using NodaTime;

namespace PainDrip.Core.Coaching;

public sealed partial class ProgramPlanner
{
    /// <summary>Pauses an active program and plans the pause email; anything else is returned unchanged.</summary>
    /// <remarks>Paused days do not count as program days: the schedule picks up where it left off.</remarks>
    public ProgramChange Pause(Enrollment enrollment, Instant now)
    {
        if (enrollment.Status != EnrollmentStatus.Active)
        {
            return new(enrollment, []);
        }
        var paused = enrollment.WithStatus(EnrollmentStatus.Paused) with { PausedOn = enrollment.Zone.AtToday(now), ResumeOn = null };
        return new(paused, RespondWith(paused, EmailKind.Pause, now) is { } email ? [email] : []);
    }

    /// <summary>Resumes a paused program and plans the resume email; a safety hold lifts only through <see cref="ResumeFromHold"/>.</summary>
    /// <remarks>The days spent paused are added to <see cref="Enrollment.PausedDays"/>, so every later email moves
    /// by that many days. Any other status is returned unchanged.</remarks>
    public ProgramChange Resume(Enrollment enrollment, Instant now)
    {
        if (enrollment.Status is not EnrollmentStatus.Paused)
        {
            return new(enrollment, []);
        }
        var today = enrollment.Zone.AtToday(now);
        var pausedFor = enrollment.PausedOn is { } since ? Math.Max(0, Period.DaysBetween(since, today)) : 0;
        var resumed = enrollment.WithStatus(EnrollmentStatus.Active) with
        {
            PausedDays = enrollment.PausedDays + pausedFor,
            PausedOn = null,
            ResumeOn = null,
        };
        return new(resumed, RespondWith(resumed, EmailKind.Resume, now) is { } email ? [email] : []);
    }

    /// <summary>Pauses an active program until <paramref name="resumeOn"/> (or moves the end of a pause already running);
    /// no pause email is planned, since the person chose the date themselves. Any other status is returned unchanged.</summary>
    /// <remarks>The pause ends at the person's send hour on <paramref name="resumeOn"/> (see <see cref="PauseEndsAt"/>);
    /// <see cref="Resume"/> then works as for any pause. A reply can still end it sooner.</remarks>
    public Enrollment PauseUntil(Enrollment enrollment, LocalDate resumeOn, Instant now) => enrollment.Status switch
    {
        EnrollmentStatus.Active => Pause(enrollment, now).Enrollment with { ResumeOn = resumeOn },
        EnrollmentStatus.Paused => enrollment with { ResumeOn = resumeOn },
        _ => enrollment,
    };

    /// <summary>When a pause with an end date ends: the send hour on <see cref="Enrollment.ResumeOn"/>;
    /// <see langword="null"/> when the program is not paused or the pause has no end date.</summary>
    public Instant? PauseEndsAt(Enrollment enrollment) =>
        enrollment is { Status: EnrollmentStatus.Paused, ResumeOn: { } date } ? SendTimes.AtSendHour(enrollment, date) : null;

    /// <summary>Stops the program for good: nothing more is planned.</summary>
    public Enrollment Stop(Enrollment enrollment) => enrollment.WithStatus(EnrollmentStatus.Stopped);

    /// <summary>Stops the program for good and plans the one email that says so (<see cref="EmailKind.Stopped"/>).</summary>
    /// <remarks>For a stop the person asked for in a reply, or a coach's stop. The email is planned only when there was
    /// a running program to stop (active, paused or on safety hold), so a second stop sends nothing. Stops that mean
    /// no more mail at all (unsubscribe, bounce, complaint, suppression) use <see cref="Stop"/> and send nothing.</remarks>
    public ProgramChange StopAndTell(Enrollment enrollment, Instant now)
    {
        var stopped = Stop(enrollment);
        if (enrollment.Status is not (EnrollmentStatus.Active or EnrollmentStatus.Paused or EnrollmentStatus.SafetyHold))
        {
            return new(stopped, []);
        }
        return new(stopped, RespondWith(stopped, EmailKind.Stopped, now) is { } email ? [email] : []);
    }
}

/// <summary>Small zone helpers for the planner.</summary>
internal static class ZoneExtensions
{
    /// <summary>The local date in this zone at <paramref name="now"/>.</summary>
    public static LocalDate AtToday(this DateTimeZone zone, Instant now) => now.InZone(zone).Date;
}
