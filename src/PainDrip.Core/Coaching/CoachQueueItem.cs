using NodaTime;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Coaching;

/// <summary>Why a reply needs a coach's eyes.</summary>
public enum CoachQueueReason
{
    /// <summary>The reply reported a red flag; the program is on safety hold.</summary>
    RedFlag,
    /// <summary>The person asked a question a coach should answer.</summary>
    Question,
    /// <summary>A reply from someone on safety hold: the safety email promised them a coach reads it.</summary>
    FollowUp,
    /// <summary>The reply could not be read whole or with confidence (cut for length, or reading failed).</summary>
    NeedsReview,
    /// <summary>Someone on safety hold says a doctor cleared them: a coach reviews it and may resume the program.</summary>
    ResumeRequest,
    /// <summary>Pain of 9 or 10, or pain the person says keeps getting worse day by day, without a red flag.</summary>
    HighPain,
    /// <summary>Pain climbed over check-ins or stayed high for two weeks: the professional email went out.</summary>
    Escalation,
    /// <summary>The person asked for their data to be deleted; they were sent an acknowledgement.</summary>
    DataRequest,
    /// <summary>A reply from another address asked to stop, pause, erase or resume: not applied until a coach confirms it with the person.</summary>
    OtherSender,
    /// <summary>A stored reply that kept failing to process (or cannot be read) and was set aside: read it by hand.</summary>
    Parked,
    /// <summary>A reply from someone whose program was stopped: the stop email promised them a coach reads it.</summary>
    AfterStop,
}

/// <summary>A reply waiting for a coach. Carries no reply text: the caller links it to the stored reply.</summary>
/// <param name="EnrollmentId">Whose reply it is.</param>
/// <param name="Reason">Why it needs a coach.</param>
/// <param name="RedFlags">The red flags reported, if any.</param>
/// <param name="At">When the reply was read.</param>
public sealed record CoachQueueItem(string EnrollmentId, CoachQueueReason Reason, IReadOnlyList<RedFlag> RedFlags, Instant At);
