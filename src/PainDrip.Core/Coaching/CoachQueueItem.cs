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
}

/// <summary>A reply waiting for a coach. Carries no reply text: the caller links it to the stored reply.</summary>
/// <param name="EnrollmentId">Whose reply it is.</param>
/// <param name="Reason">Why it needs a coach.</param>
/// <param name="RedFlags">The red flags reported, if any.</param>
/// <param name="At">When the reply was read.</param>
public sealed record CoachQueueItem(string EnrollmentId, CoachQueueReason Reason, IReadOnlyList<RedFlag> RedFlags, Instant At);
