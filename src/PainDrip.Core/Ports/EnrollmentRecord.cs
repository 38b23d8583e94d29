using NodaTime;
using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>How to reach a person. Kept apart from the coaching state and never logged.</summary>
/// <param name="Email">The address as the person typed it (trimmed).</param>
/// <param name="FirstName">The name to greet them by.</param>
public sealed record Contact(string Email, string FirstName);

/// <summary>An enrollment as stored: the coaching state, the contact details and the store's concurrency tag.</summary>
/// <param name="Enrollment">The coaching state the planner works on.</param>
/// <param name="Contact">How to reach the person.</param>
/// <param name="ConsentedAt">When the person gave explicit consent to the processing of their health data.</param>
/// <param name="ETag">The store's version of the row; a save with a stale tag fails with <see cref="StoreConflictException"/>.</param>
public sealed record EnrollmentRecord(Enrollment Enrollment, Contact Contact, Instant ConsentedAt, string ETag)
{
    /// <summary>The enrollment id.</summary>
    public string Id => Enrollment.Id;

    /// <summary>Emails claimed but not yet confirmed as handed to the mail service (see <see cref="IPersonJournal"/>).</summary>
    public IReadOnlyList<UnconfirmedSend> Unconfirmed { get; init; } = [];

    /// <summary>The address bounced, complained or unsubscribed: nothing more may be sent to it.</summary>
    public bool Suppressed { get; init; }

    /// <summary>The ids of the latest stored replies applied to this enrollment, newest last (a retry checks it).</summary>
    public IReadOnlyList<string> AppliedReplies { get; init; } = [];
}
