using NodaTime;

namespace PainDrip.Core.Coaching;

public sealed partial record Enrollment
{
    /// <summary>When a confirmation email was last claimed for sending to this still-pending sign-up.</summary>
    /// <remarks>Saved with the enrollment's concurrency tag before the email goes, so of many parallel sign-ups for one
    /// address only one sends; cleared again when the send fails, so signing up again repairs it.</remarks>
    public Instant? ConfirmationSentAt { get; init; }
}
