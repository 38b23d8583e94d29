using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;

namespace PainDrip.Functions.Services;

public sealed partial class EnrollmentService
{
    // Parallel sign-ups for one address each change the row once; a few rounds settle any realistic burst.
    private const int MaxSaveAttempts = 8;

    /// <summary>Puts the new answers (when given) on a still-pending enrollment (same id, so every link already sent stays
    /// valid) and claims the confirmation email when one is due, in one conditional save; re-reads when the row changed
    /// meanwhile. Returns the record as it now stands (<see langword="null"/> when gone) and whether this call claimed the email.</summary>
    /// <remarks>A confirm that got in first wins: the record is then no longer pending and keeps the answers it started with.</remarks>
    private async Task<(EnrollmentRecord? Record, bool Claimed)> UpdatePendingAsync(
        EnrollmentRecord record, EnrollmentRequest? request, Instant now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (record.Enrollment.Status != EnrollmentStatus.Pending)
            {
                return (record, false);
            }
            var claim = IsConfirmationDue(record.Enrollment, now);
            if (request is null && !claim)
            {
                return (record, false);
            }
            try
            {
                var saved = await store.SaveAsync(Updated(record, request, claim ? now : record.Enrollment.ConfirmationSentAt, now), cancellationToken);
                if (request is not null)
                {
                    var entry = new ProgressEntry(now, ProgressKind.Enrolled, saved.Enrollment.Phase, Detail: "answers-replaced");
                    await progress.AppendAsync(saved.Id, entry, cancellationToken);
                }
                return (saved, claim);
            }
            catch (StoreConflictException conflict) when (conflict.Conflict is StoreConflict.Changed or StoreConflict.Missing)
            {
                if (await store.FindAsync(record.Id, cancellationToken) is not { } current)
                {
                    return (null, false);
                }
                if (attempt == MaxSaveAttempts)
                {
                    // Others keep changing it: one of them sends, and these answers are no newer than theirs.
                    return (current, false);
                }
                record = current;
            }
        }
    }

    // A claim a little after "now" is a parallel sign-up that read the clock later; only one absurdly far ahead is ignored.
    private bool IsConfirmationDue(Enrollment enrollment, Instant now)
    {
        var interval = Duration.FromTimeSpan(options.Value.ConfirmationResendInterval);
        return enrollment.ConfirmationSentAt is not { } last || now - last >= interval || last - now > interval;
    }

    private static EnrollmentRecord Updated(EnrollmentRecord record, EnrollmentRequest? request, Instant? confirmationSentAt, Instant now) =>
        request is null
            ? record with { Enrollment = record.Enrollment with { ConfirmationSentAt = confirmationSentAt } }
            : record with
            {
                Enrollment = Enrollment.FromRequest(record.Id, request) with { ConfirmationSentAt = confirmationSentAt },
                Contact = new Contact(request.Email.Trim(), request.FirstName.Trim()),
                ConsentedAt = now,
            };

    /// <summary>After a failed send, clears the claim this call made, so signing up again sends at once.</summary>
    private async Task ReleaseClaimAsync(EnrollmentRecord record, CancellationToken cancellationToken)
    {
        var claimedAt = record.Enrollment.ConfirmationSentAt;
        for (var attempt = 1; attempt <= MaxSaveAttempts; attempt++)
        {
            if (record.Enrollment.Status != EnrollmentStatus.Pending || record.Enrollment.ConfirmationSentAt != claimedAt)
            {
                return;
            }
            try
            {
                await store.SaveAsync(record with { Enrollment = record.Enrollment with { ConfirmationSentAt = null } }, cancellationToken);
                return;
            }
            catch (StoreConflictException conflict) when (conflict.Conflict is StoreConflict.Changed or StoreConflict.Missing)
            {
                if (await store.FindAsync(record.Id, cancellationToken) is not { } current)
                {
                    return;
                }
                record = current;
            }
        }
    }
}
