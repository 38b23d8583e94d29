using NodaTime;
using PainDrip.Core.Replies;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Coaching;

public sealed partial class ProgramPlanner
{
    /// <summary>Lifts a safety hold, as only a coach may: the program restarts gently, one phase back, for a week.</summary>
    /// <remarks>The days on hold are added to <see cref="Enrollment.PausedDays"/>; the resume email goes out. Any other
    /// status is returned unchanged. An escalated program stays out of the return phase.</remarks>
    public ProgramChange ResumeFromHold(Enrollment enrollment, Instant now)
    {
        if (enrollment.Status != EnrollmentStatus.SafetyHold)
        {
            return new(enrollment, []);
        }
        var today = enrollment.Zone.AtToday(now);
        var heldFor = enrollment.PausedOn is { } since ? Math.Max(0, Period.DaysBetween(since, today)) : 0;
        var active = enrollment.WithStatus(EnrollmentStatus.Active) with
        {
            PausedDays = enrollment.PausedDays + heldFor, PausedOn = null, HoldFlags = [], AwaitingCheckin = false,
        };
        var day = active.ProgramDayAt(now);
        var timeline = active.Timeline.Insert(day, ProgramGates.Gentler(active.Timeline.PhaseOn(day)), 7);
        var resumed = KeepOutOfReturn(active with { Timeline = timeline, Phase = timeline.PhaseOn(day) }, day);
        return new(resumed, RespondWith(resumed, EmailKind.Resume, now) is { } email ? [email] : []);
    }

    private ReplyOutcome SafetyHold(Enrollment enrollment, ReplySignal signal, Instant now)
    {
        var flags = signal.RedFlags.OrderBy(f => f).ToList();
        // An all-clear that names the sign ("the doctor says my chest pain is muscular") asks to resume; no new email.
        if (enrollment.Status == EnrollmentStatus.SafetyHold && signal.ReportsAllClear)
        {
            return new(Remember(enrollment, signal), [], new CoachQueueItem(enrollment.Id, CoachQueueReason.ResumeRequest, flags, now), GateDecision.None);
        }
        var held = Remember(enrollment, signal);
        if (held.Status != EnrollmentStatus.Stopped)
        {
            held = held.WithStatus(EnrollmentStatus.SafetyHold) with
            {
                PausedOn = held.PausedOn ?? (held.StartDate is null ? null : held.Zone.AtToday(now)),
                HoldFlags = flags,
            };
        }
        var emails = new List<PlannedEmail>();
        if (SafetyEmail(held, SafetyTriage.MostUrgent(flags), now) is { } email)
        {
            emails.Add(email);
        }
        // Someone who asked to stop stays stopped, so a coach clearing the hold never restarts their lessons.
        held = signal.WantsStop ? Stop(held) : held;
        return new(held, emails, new CoachQueueItem(enrollment.Id, CoachQueueReason.RedFlag, flags, now), GateDecision.None);
    }

    // The safety email of the right tier (by its order: 1 emergency now, 2 see a doctor today).
    private PlannedEmail? SafetyEmail(Enrollment enrollment, CareUrgency urgency, Instant now)
    {
        var lesson = ByOrder(EmailKind.Safety, urgency == CareUrgency.Emergency ? 1 : 2);
        if (lesson is null)
        {
            return RespondWith(enrollment, EmailKind.Safety, now);
        }
        var day = enrollment.ProgramDayAt(now);
        var phase = enrollment.Status == EnrollmentStatus.Completed ? Phase.Graduation : enrollment.Timeline.PhaseOn(day);
        return new(EmailKind.Safety, lesson.Id, phase, now, day);
    }

    // A request to delete one's data stops the program, reaches a coach and is acknowledged, never lost.
    private ReplyOutcome DataRequest(Enrollment enrollment, Instant now)
    {
        var stopped = Stop(enrollment);
        var emails = new List<PlannedEmail>();
        AddResponse(emails, stopped, EmailKind.DataRequest, now);
        return new(stopped, emails, new CoachQueueItem(enrollment.Id, CoachQueueReason.DataRequest, [], now), GateDecision.None);
    }

    private static CoachQueueReason OnHoldReason(ReplySignal signal) =>
        signal.ReportsAllClear ? CoachQueueReason.ResumeRequest : CoachQueueReason.FollowUp;
}
