using PainDrip.Core.Coaching;

namespace PainDrip.Core.Ports;

/// <summary>Sends one planned program email to a person, exactly once.</summary>
public interface IProgramMailer
{
    /// <summary>
    /// Records the delivery under <paramref name="deliveryKey"/> before sending, saves the enrollment with the
    /// email marked sent (ETag-checked), sends it, marks the delivery sent and logs it to the person's progress.
    /// </summary>
    /// <returns>The saved record; unchanged when the delivery key was already recorded (nothing is sent twice).</returns>
    /// <exception cref="StoreConflictException">Another worker changed the enrollment first; nothing was sent.</exception>
    Task<EnrollmentRecord> SendAsync(EnrollmentRecord record, PlannedEmail email, string deliveryKey, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="SendAsync(EnrollmentRecord, PlannedEmail, string, CancellationToken)"/>, and appends
    /// <paramref name="timeline"/> to the person's timeline in the same write as the claim, whenever it saves the record.
    /// </summary>
    /// <returns>The saved record; when its ETag is the one passed in, nothing was saved and the timeline not written.</returns>
    Task<EnrollmentRecord> SendAsync(
        EnrollmentRecord record, PlannedEmail email, string deliveryKey, IReadOnlyList<ProgressEntry> timeline, CancellationToken cancellationToken);

    /// <summary>
    /// Settles an email whose claim was saved but whose send was never confirmed (the sender stopped or failed):
    /// confirmed when the ledger or the mail service's events say it went out, otherwise sent again under the same key.
    /// </summary>
    /// <returns>The saved record without the mark, and what was done.</returns>
    /// <exception cref="StoreConflictException">Another worker changed the enrollment first; nothing was sent.</exception>
    Task<Reconciled> ReconcileAsync(EnrollmentRecord record, UnconfirmedSend unconfirmed, CancellationToken cancellationToken);
}

/// <summary>What settling an unconfirmed send did.</summary>
public enum Reconciliation
{
    /// <summary>The ledger had it as sent (the mark outlived a confirmation).</summary>
    AlreadyConfirmed,
    /// <summary>The mail service reported it processed: it went out, and is now noted as sent.</summary>
    ConfirmedByProvider,
    /// <summary>No sign it ever left: sent again under the same key.</summary>
    Resent,
    /// <summary>Nothing to send (no ledger row, or the address is suppressed): the mark was dropped.</summary>
    Dropped,
}

/// <summary>The record after settling an unconfirmed send, and what was done.</summary>
/// <param name="Record">The saved record.</param>
/// <param name="Outcome">What was done.</param>
public sealed record Reconciled(EnrollmentRecord Record, Reconciliation Outcome);
