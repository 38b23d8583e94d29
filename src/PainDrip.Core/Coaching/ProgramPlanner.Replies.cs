using NodaTime;
using PainDrip.Core.Replies;

namespace PainDrip.Core.Coaching;

public sealed partial class ProgramPlanner
{
    /// <summary>Applies what a reply says to the program.</summary>
    /// <remarks>
    /// In order: a red flag puts the program on safety hold, plans the safety email and a coach-queue item,
    /// and nothing else happens (a stop request in the same reply still ends the program stopped, and the safety email
    /// is the only email: no stop email beside it); a stop request stops the program and plans the stop email
    /// (<see cref="StopAndTell"/>). Otherwise the pain score and anything the reply revealed are kept, and for an
    /// active program a flare steps back (flare email), or, for the first answer to a check-in, the gate moves on
    /// or holds (the professional email on the second hold); a check-in reply or a question gets a short answer
    /// (<see cref="EmailKind.Answer"/>) saying what was decided and why; then a pause request pauses. A reply goes to the
    /// coach's queue when it is from someone on safety hold or whose program was stopped (always), could not be read with confidence, or asks
    /// a question; an unreadable reply without a score never counts as a green light.
    /// </remarks>
    public ReplyOutcome ApplyReply(Enrollment enrollment, ReplySignal signal, Instant now)
    {
        if (signal.HasRedFlag)
        {
            return SafetyHold(enrollment, signal, now);
        }
        if (signal.WantsDataDeleted)
        {
            return DataRequest(enrollment, now);
        }
        var coach = CoachItemFor(enrollment, signal, now);
        if (signal.WantsStop)
        {
            var stop = StopAndTell(enrollment, now);
            return new(stop.Enrollment, stop.SendNow, coach, GateDecision.None);
        }
        var flare = ProgramGates.IsFlare(enrollment, signal);
        // A reply we could not read whole may hide a worse score: only a score actually read can open the gate.
        var answer = signal.NeedsReview && signal.PainScore is null ? CheckinAnswer.NotGreen : ProgramGates.ReadAnswer(enrollment, signal);
        var updated = Remember(enrollment, signal);
        if (updated.Status != EnrollmentStatus.Active)
        {
            return new(updated, [], coach, GateDecision.None);
        }
        var emails = new List<PlannedEmail>();
        (updated, var gate) = TakeGate(updated, flare, answer, now, emails);
        AddAnswer(emails, enrollment, updated, signal, answer, gate, now);
        if (signal.WantsPause)
        {
            var pause = Pause(updated, now);
            (updated, emails) = (pause.Enrollment, [.. emails, .. pause.SendNow]);
        }
        (updated, coach) = WatchPain(updated, signal, now, emails, coach);
        return new(updated, emails, coach, gate);
    }

    private static CoachQueueItem? CoachItemFor(Enrollment enrollment, ReplySignal signal, Instant now)
    {
        CoachQueueReason? reason = enrollment.Status == EnrollmentStatus.SafetyHold ? OnHoldReason(signal)
            : enrollment.Status == EnrollmentStatus.Stopped ? CoachQueueReason.AfterStop
            : signal.NeedsReview ? CoachQueueReason.NeedsReview
            : signal.AsksQuestion ? CoachQueueReason.Question
            : null;
        return reason is { } why ? new CoachQueueItem(enrollment.Id, why, [], now) : null;
    }

    private (Enrollment, GateDecision) TakeGate(Enrollment enrollment, bool flare, CheckinAnswer answer, Instant now, List<PlannedEmail> emails)
    {
        var day = enrollment.ProgramDayAt(now);
        if (flare)
        {
            var stepped = ProgramGates.StepBack(enrollment, day) with { AwaitingCheckin = false };
            AddResponse(emails, stepped, EmailKind.Flare, now);
            return (stepped, GateDecision.StepBack);
        }
        if (!enrollment.AwaitingCheckin || answer == CheckinAnswer.NoAnswer)
        {
            return (enrollment, GateDecision.None);
        }
        if (answer == CheckinAnswer.Green)
        {
            return (enrollment with { AwaitingCheckin = false, LastGate = GateDecision.MoveOn }, GateDecision.MoveOn);
        }
        var held = ProgramGates.Hold(enrollment, day) with { AwaitingCheckin = false };
        if (held.Holds == ProgramGates.HoldsBeforeProfessional)
        {
            AddResponse(emails, held, EmailKind.Professional, now);
        }
        return (held, GateDecision.Hold);
    }

    private static Enrollment Remember(Enrollment enrollment, ReplySignal signal) =>
        enrollment.WithRevealed(signal.NewTriggers, signal.NewAreas) with
        {
            LatestPain = signal.PainScore ?? enrollment.LatestPain,
            RevealedSports = enrollment.RevealedSports.Union(signal.Sports).ToHashSet(StringComparer.Ordinal),
        };

    private void AddResponse(List<PlannedEmail> emails, Enrollment enrollment, EmailKind kind, Instant now)
    {
        if (RespondWith(enrollment, kind, now) is { } email)
        {
            emails.Add(email);
        }
    }
}
