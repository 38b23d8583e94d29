using NodaTime;
using PainDrip.Core.Lessons;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Coaching;

public sealed partial class ProgramPlanner
{

    // Keeps every score, escalates pain that climbs or stays high (see Escalation), and sends very high or
    // daily-worsening pain to a coach even without a red flag.
    private (Enrollment, CoachQueueItem?) WatchPain(
        Enrollment enrollment, ReplySignal signal, Instant now, List<PlannedEmail> emails, CoachQueueItem? coach)
    {
        var day = enrollment.ProgramDayAt(now);
        var updated = signal.PainScore is { } score
            ? enrollment with { PainReports = [.. enrollment.PainReports.Where(r => r.ProgramDay != day), new(day, score)] }
            : enrollment;
        if (Escalation.IsDue(updated))
        {
            updated = updated with { EscalatedOnDay = day };
            if (!updated.Sent.Any(s => s.Kind == EmailKind.Professional) && emails.All(e => e.Kind != EmailKind.Professional))
            {
                AddResponse(emails, updated, EmailKind.Professional, now);
            }
            coach = new CoachQueueItem(enrollment.Id, CoachQueueReason.Escalation, [], now);
        }
        else if (coach is null or { Reason: CoachQueueReason.Question } && (signal.PainScore >= Escalation.UrgentPain || signal.WorsensDaily))
        {
            coach = new CoachQueueItem(enrollment.Id, CoachQueueReason.HighPain, [], now);
        }
        return (KeepOutOfReturn(updated, day), coach);
    }

    private static Enrollment KeepOutOfReturn(Enrollment enrollment, int day)
    {
        if (enrollment.EscalatedOnDay is null)
        {
            return enrollment;
        }
        var timeline = Escalation.WithoutReturn(enrollment.Timeline, day);
        return enrollment with { Timeline = timeline, Phase = timeline.PhaseOn(day) == Phase.Graduation ? enrollment.Phase : timeline.PhaseOn(day) };
    }

    // The graduation email that fits the outcome (by its order: 1 recovered, 2 improved, 3 not improved).
    private Lesson? GraduationFor(Enrollment enrollment) =>
        ByOrder(EmailKind.Graduation, (int)Escalation.OutcomeOf(enrollment))
        ?? _picker.Pick(enrollment, EmailKind.Graduation, Phase.Graduation);

    private Lesson? ByOrder(EmailKind kind, int order) =>
        library.All.FirstOrDefault(l => l.Kind == kind && l.Order == order);
}
