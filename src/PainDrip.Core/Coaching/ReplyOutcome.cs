namespace PainDrip.Core.Coaching;

/// <summary>What a check-in answer did to the program.</summary>
public enum GateDecision
{
    /// <summary>The reply was not a check-in answer, or the program is not running.</summary>
    None,
    /// <summary>Green lights: the program moves on as planned.</summary>
    MoveOn,
    /// <summary>Not a green light (pain up, stuck high, or "the same" or "worse" in words): the phase lasts another week.</summary>
    Hold,
    /// <summary>A flare: one week back in the gentler phase before.</summary>
    StepBack,
    /// <summary>No answer to the check-in before the return phase: the phase before lasts another week.</summary>
    WaitForAnswer,
}

/// <summary>The result of a change to the program: the new enrollment and the emails to send at once.</summary>
/// <param name="Enrollment">The enrollment after the change (emails in <paramref name="SendNow"/> not yet recorded as sent).</param>
/// <param name="SendNow">Emails to send at once, then record with <see cref="ProgramPlanner.RecordSent"/>.</param>
public sealed record ProgramChange(Enrollment Enrollment, IReadOnlyList<PlannedEmail> SendNow);

/// <summary>The result of reading a reply into the program.</summary>
/// <param name="Enrollment">The enrollment after the reply (emails in <paramref name="SendNow"/> not yet recorded as sent).</param>
/// <param name="SendNow">Emails to send at once (safety, flare, professional, pause), then record with <see cref="ProgramPlanner.RecordSent"/>.</param>
/// <param name="CoachItem">A coach-queue item when the reply needs a person.</param>
/// <param name="Gate">What the reply did as a check-in answer.</param>
public sealed record ReplyOutcome(Enrollment Enrollment, IReadOnlyList<PlannedEmail> SendNow, CoachQueueItem? CoachItem, GateDecision Gate);
