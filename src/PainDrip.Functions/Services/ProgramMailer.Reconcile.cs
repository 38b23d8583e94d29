using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Services;

public sealed partial class ProgramMailer
{
    /// <summary>How long a claim may stay unconfirmed before a run settles it (longer than any send with its retries).</summary>
    public static readonly NodaTime.Duration SendTimeout = NodaTime.Duration.FromMinutes(10);

    public async Task<Reconciled> ReconcileAsync(EnrollmentRecord record, UnconfirmedSend unconfirmed, CancellationToken cancellationToken)
    {
        var rest = record.Unconfirmed.Where(mark => mark.Key != unconfirmed.Key).ToList();
        var delivery = await journal.FindDeliveryAsync(record.Id, unconfirmed.Key, cancellationToken);
        if (delivery?.SentAt is not null || delivery is null || record.Suppressed)
        {
            var saved = await journal.SaveAsync(record with { Unconfirmed = rest }, null, [], cancellationToken);
            return Settled(saved, unconfirmed, delivery?.SentAt is null ? Reconciliation.Dropped : Reconciliation.AlreadyConfirmed);
        }
        var email = delivery.Email ?? new PlannedEmail(delivery.Kind, delivery.LessonId, record.Enrollment.Phase, delivery.RecordedAt, 0);
        if (delivery.CorrelationId is { } correlation && await confirmations.FindAsync(correlation, cancellationToken) is { } processedAt)
        {
            var confirmed = await journal.ConfirmAsync(
                record, new SendConfirmation(unconfirmed.Key, processedAt, null),
                [new ProgressEntry(processedAt, ProgressKind.EmailSent, email.Phase, Detail: email.LessonId)], cancellationToken);
            return Settled(confirmed, unconfirmed, Reconciliation.ConfirmedByProvider);
        }
        // Claimed again (fresh mark, ETag-checked) so an overlapping run cannot resend it too, then sent as first composed.
        var now = clock.GetCurrentInstant();
        var claimed = await journal.SaveAsync(record with { Unconfirmed = [.. rest, new UnconfirmedSend(unconfirmed.Key, now)] }, null, [], cancellationToken);
        var repeat = record.Enrollment.Sent.Count(sent => sent.LessonId == email.LessonId) > 1 ? unconfirmed.Key : null;
        var sent = await SendClaimedAsync(claimed, Compose(record, email, repeat), email, unconfirmed.Key, cancellationToken);
        return Settled(sent, unconfirmed, Reconciliation.Resent);
    }

    private Reconciled Settled(EnrollmentRecord record, UnconfirmedSend unconfirmed, Reconciliation outcome)
    {
        logger.Reconciled(record.Id, unconfirmed.Key, outcome.ToString());
        return new Reconciled(record, outcome);
    }
}
